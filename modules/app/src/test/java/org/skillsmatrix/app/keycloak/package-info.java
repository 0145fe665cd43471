/** A real Keycloak for the integration tests, with the realm that ships in {@code deploy/keycloak/realm}. */
@NullMarked
package org.skillsmatrix.app.keycloak;

import org.jspecify.annotations.NullMarked;
