/**
 * The REST API through HTTP against the whole application signed in through the real Keycloak of the tests: every
 * endpoint, every error answer, the role by action matrix, generated bad input, imports and the OpenAPI document.
 */
@NullMarked
package org.skillsmatrix.app.api;

import org.jspecify.annotations.NullMarked;
