/** The audit trail: who changed what, and when. */
@NullMarked
package org.skillsmatrix.domain.audit;

import org.jspecify.annotations.NullMarked;
