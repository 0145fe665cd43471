/** {@code /api/v1/me}: the calling person, as the application knows them. */
@NullMarked
package org.skillsmatrix.api.me;

import org.jspecify.annotations.NullMarked;
