/** Storage of role profiles and their expected levels. */
@NullMarked
package org.skillsmatrix.persistence.profile;

import org.jspecify.annotations.NullMarked;
