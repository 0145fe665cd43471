/** Who may do what: the actor, the actions, and the one access policy that UI and API share. */
@NullMarked
package org.skillsmatrix.domain.access;

import org.jspecify.annotations.NullMarked;
