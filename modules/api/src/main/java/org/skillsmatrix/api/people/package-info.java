/** {@code /api/v1/people}: people, their current ratings and the people finder. */
@NullMarked
package org.skillsmatrix.api.people;

import org.jspecify.annotations.NullMarked;
