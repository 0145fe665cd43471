/** People who left: the retention setting and the scheduled anonymisation, once per cluster. */
@NullMarked
package org.skillsmatrix.app.retention;

import org.jspecify.annotations.NullMarked;
