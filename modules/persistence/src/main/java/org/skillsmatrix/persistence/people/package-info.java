/** Storage of people. */
@NullMarked
package org.skillsmatrix.persistence.people;

import org.jspecify.annotations.NullMarked;
