/** {@code /api/v1/imports}: CSV imports of people and teams, and of ratings, validated as a whole first. */
@NullMarked
package org.skillsmatrix.api.imports;

import org.jspecify.annotations.NullMarked;
