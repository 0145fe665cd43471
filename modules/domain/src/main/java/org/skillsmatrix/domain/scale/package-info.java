/** The rating scale (levels 0 None to 4 Expert, with descriptors) and interest. */
@NullMarked
package org.skillsmatrix.domain.scale;

import org.jspecify.annotations.NullMarked;
