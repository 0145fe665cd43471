/** {@code /api/v1/role-profiles}: the level a job role expects per skill. */
@NullMarked
package org.skillsmatrix.api.profile;

import org.jspecify.annotations.NullMarked;
