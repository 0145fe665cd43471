/** Who could staff a piece of work, read from the read model's current ratings. */
@NullMarked
package org.skillsmatrix.persistence.staffing;

import org.jspecify.annotations.NullMarked;
