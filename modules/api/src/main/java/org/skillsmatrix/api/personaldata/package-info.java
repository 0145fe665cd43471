/** HR's export of everything stored about one person, for a data-subject request. */
@NullMarked
package org.skillsmatrix.api.personaldata;

import org.jspecify.annotations.NullMarked;
