/** Gaps: a team's coverage against its targets, bus factor and targets editor; the organisation's riskiest skills. */
@NullMarked
package org.skillsmatrix.ui.gaps;

import org.jspecify.annotations.NullMarked;
