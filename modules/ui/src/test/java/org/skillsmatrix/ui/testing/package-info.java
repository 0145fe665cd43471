/** The browserless test world of the views: the domain's in-memory organisation behind a Spring context. */
@NullMarked
package org.skillsmatrix.ui.testing;

import org.jspecify.annotations.NullMarked;
