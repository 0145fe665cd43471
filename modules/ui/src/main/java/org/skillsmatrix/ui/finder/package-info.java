/** The people finder: who in the organisation has these skills at these levels, for staffing. */
@NullMarked
package org.skillsmatrix.ui.finder;

import org.jspecify.annotations.NullMarked;
