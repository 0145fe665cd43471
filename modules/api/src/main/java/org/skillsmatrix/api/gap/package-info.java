/** Gap analysis: a team's coverage against its targets, the organisation's, and a person's against their role profile. */
@NullMarked
package org.skillsmatrix.api.gap;

import org.jspecify.annotations.NullMarked;
