/** Sign-in: local demo accounts while no identity provider is configured; the signed-in actor. */
@NullMarked
package org.skillsmatrix.app.security;

import org.jspecify.annotations.NullMarked;
