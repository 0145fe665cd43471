/** Finding people by skill for staffing. */
@NullMarked
package org.skillsmatrix.domain.search;

import org.jspecify.annotations.NullMarked;
