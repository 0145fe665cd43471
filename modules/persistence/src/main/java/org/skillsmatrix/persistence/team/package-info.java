/** Storage of teams, their members and managers, and team targets. */
@NullMarked
package org.skillsmatrix.persistence.team;

import org.jspecify.annotations.NullMarked;
