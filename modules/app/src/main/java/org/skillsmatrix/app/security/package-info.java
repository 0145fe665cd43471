/**
 * Sign-in and the signed-in user: single sign-on through an OpenID Connect provider (the web UI's login with
 * PKCE, the API's bearer tokens), or local demo accounts while none is configured; sessions, security headers,
 * and the problem details of the API's refusals.
 */
@NullMarked
package org.skillsmatrix.app.security;

import org.jspecify.annotations.NullMarked;
