/** Gap analysis: coverage against team targets, bus factor, roll-ups, organisation-wide and per person. */
@NullMarked
package org.skillsmatrix.domain.gap;

import org.jspecify.annotations.NullMarked;
