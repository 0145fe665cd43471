/** The competency catalog: categories and skills; retiring a skill keeps its history. */
@NullMarked
package org.skillsmatrix.domain.catalog;

import org.jspecify.annotations.NullMarked;
