/** {@code /api/v1/categories}, {@code /api/v1/skills}, {@code /api/v1/scale}: the catalog and the rating scale. */
@NullMarked
package org.skillsmatrix.api.catalog;

import org.jspecify.annotations.NullMarked;
