/** How a team's and the organisation's gaps developed: their figures quarter by quarter, on today's people and targets. */
@NullMarked
package org.skillsmatrix.domain.report.trend;

import org.jspecify.annotations.NullMarked;
