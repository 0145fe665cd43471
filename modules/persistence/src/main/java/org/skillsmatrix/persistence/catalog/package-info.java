/** Storage of the catalog: categories and skills. */
@NullMarked
package org.skillsmatrix.persistence.catalog;

import org.jspecify.annotations.NullMarked;
