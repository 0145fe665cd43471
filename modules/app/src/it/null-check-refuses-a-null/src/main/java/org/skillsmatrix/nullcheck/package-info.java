@NullMarked
package org.skillsmatrix.nullcheck;

import org.jspecify.annotations.NullMarked;
