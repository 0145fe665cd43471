/** A manager's rating or validation of a team member's skill, shared by the team matrix and calibration. */
@NullMarked
package org.skillsmatrix.ui.rating;

import org.jspecify.annotations.NullMarked;
