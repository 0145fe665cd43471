/** Staffing a piece of work: the REST operation and its documents. */
@NullMarked
package org.skillsmatrix.api.staffing;

import org.jspecify.annotations.NullMarked;
