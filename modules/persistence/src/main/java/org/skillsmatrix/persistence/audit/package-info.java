/** Storage of the append-only audit trail. */
@NullMarked
package org.skillsmatrix.persistence.audit;

import org.jspecify.annotations.NullMarked;
