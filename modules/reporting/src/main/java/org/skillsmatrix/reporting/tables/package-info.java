/** Each report's data laid out as tables: the sheets and sections people read, and the tidy table CSV writes. */
@NullMarked
package org.skillsmatrix.reporting.tables;

import org.jspecify.annotations.NullMarked;
