/** The setup checklist HR and admins see on their start page until the organisation is set up. */
@NullMarked
package org.skillsmatrix.ui.setup;

import org.jspecify.annotations.NullMarked;
