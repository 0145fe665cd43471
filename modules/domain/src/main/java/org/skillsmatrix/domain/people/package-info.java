/** People of the organisation and their maintenance. */
@NullMarked
package org.skillsmatrix.domain.people;

import org.jspecify.annotations.NullMarked;
