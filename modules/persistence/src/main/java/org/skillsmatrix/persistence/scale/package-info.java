/** Storage of the scale's names and descriptors. */
@NullMarked
package org.skillsmatrix.persistence.scale;

import org.jspecify.annotations.NullMarked;
