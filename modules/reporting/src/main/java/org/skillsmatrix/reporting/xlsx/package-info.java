/**
 * XLSX workbooks written with FastExcel, which streams the file as it is written, so that the whole
 * organisation's matrix starts downloading at once and exports in bounded memory: a cover sheet, then sheets that
 * read like the heatmap.
 */
@NullMarked
package org.skillsmatrix.reporting.xlsx;

import org.jspecify.annotations.NullMarked;
