/** Mentor pairing: the proposed pairs of a team or the organisation, and setting one as a development goal. */
@NullMarked
package org.skillsmatrix.ui.mentoring;

import org.jspecify.annotations.NullMarked;
