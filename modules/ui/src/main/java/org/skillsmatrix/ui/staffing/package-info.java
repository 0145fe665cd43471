/** Staffing a piece of work: the request, the proposal, and swapping a person. */
@NullMarked
package org.skillsmatrix.ui.staffing;

import org.jspecify.annotations.NullMarked;
