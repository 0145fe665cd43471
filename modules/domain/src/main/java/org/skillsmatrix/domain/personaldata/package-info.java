/** A data-subject request: everything stored about one person, exported for HR. */
@NullMarked
package org.skillsmatrix.domain.personaldata;

import org.jspecify.annotations.NullMarked;
