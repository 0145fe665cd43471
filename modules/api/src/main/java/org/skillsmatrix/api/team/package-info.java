/** {@code /api/v1/teams}: teams with their members and managers, the team matrix, and the team's targets. */
@NullMarked
package org.skillsmatrix.api.team;

import org.jspecify.annotations.NullMarked;
