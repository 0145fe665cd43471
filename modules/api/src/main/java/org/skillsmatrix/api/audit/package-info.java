/** {@code /api/v1/audit}: who changed what, and when; and what was recorded about a person. */
@NullMarked
package org.skillsmatrix.api.audit;

import org.jspecify.annotations.NullMarked;
