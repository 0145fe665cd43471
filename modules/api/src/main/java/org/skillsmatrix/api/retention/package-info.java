/** People who left: running their anonymisation on demand (admins). */
@NullMarked
package org.skillsmatrix.api.retention;

import org.jspecify.annotations.NullMarked;
