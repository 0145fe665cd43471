/**
 * Signing in and out: the form login of the local demo accounts with the hint listing them, the page that
 * says someone signed out, and the one that says why a sign-in was refused.
 */
@NullMarked
package org.skillsmatrix.ui.login;

import org.jspecify.annotations.NullMarked;
