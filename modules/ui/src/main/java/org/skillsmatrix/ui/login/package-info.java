/** Signing in with Spring Security's form login, and the hint listing local demo accounts. */
@NullMarked
package org.skillsmatrix.ui.login;

import org.jspecify.annotations.NullMarked;
