/**
 * Pieces the views share: the signed-in user, the application shell and main layout, and the formatting of
 * levels, interests, dates and domain errors.
 */
@NullMarked
package org.skillsmatrix.ui.base;

import org.jspecify.annotations.NullMarked;
