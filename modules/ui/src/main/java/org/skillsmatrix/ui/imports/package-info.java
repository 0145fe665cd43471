/**
 * The import page for HR: people and teams, or ratings, from a CSV file of the HR system, checked as a whole and
 * shown line by line before anything is written, then imported in one go.
 */
@NullMarked
package org.skillsmatrix.ui.imports;

import org.jspecify.annotations.NullMarked;
