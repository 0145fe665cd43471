/** Pieces the views share: the signed-in user, the main layout. */
@NullMarked
package org.skillsmatrix.ui.base;

import org.jspecify.annotations.NullMarked;
