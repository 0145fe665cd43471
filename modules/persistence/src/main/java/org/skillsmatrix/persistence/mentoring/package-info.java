/** Storage of development goals, and the set-based reads mentor pairing starts from. */
@NullMarked
package org.skillsmatrix.persistence.mentoring;

import org.jspecify.annotations.NullMarked;
