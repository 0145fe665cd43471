/** A generated organisation for the demo run and for benchmarks: teams, people, targets, months of ratings. */
@NullMarked
package org.skillsmatrix.demo;

import org.jspecify.annotations.NullMarked;
