/** A generated organisation for the demo run and for benchmarks: teams, people, targets, months of ratings. */
@NullMarked
package org.skillsmatrix.domain.demo;

import org.jspecify.annotations.NullMarked;
