/** People search by skill, as one set-based SQL query. */
@NullMarked
package org.skillsmatrix.persistence.search;

import org.jspecify.annotations.NullMarked;
