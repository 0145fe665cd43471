/** What every format shares: report data as plain tables, the level colours, and how values are written. */
@NullMarked
package org.skillsmatrix.reporting.base;

import org.jspecify.annotations.NullMarked;
