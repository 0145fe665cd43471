/**
 * Imports from the HR system: CSV files of people and teams, and of ratings. Each is validated as a whole, every
 * problem reported with its line and column, and applied in one transaction only if all of it is valid.
 */
@NullMarked
package org.skillsmatrix.domain.imports;

import org.jspecify.annotations.NullMarked;
