/** Role profiles: the level a job role expects per skill. */
@NullMarked
package org.skillsmatrix.domain.profile;

import org.jspecify.annotations.NullMarked;
