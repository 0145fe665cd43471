/** Teams (members and managers) and team targets. */
@NullMarked
package org.skillsmatrix.domain.team;

import org.jspecify.annotations.NullMarked;
