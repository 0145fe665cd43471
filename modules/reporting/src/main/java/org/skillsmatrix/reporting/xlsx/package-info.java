/**
 * XLSX workbooks written with POI's streaming API, so that the whole organisation's matrix exports in bounded
 * memory: a cover sheet, then sheets that read like the heatmap.
 */
@NullMarked
package org.skillsmatrix.reporting.xlsx;

import org.jspecify.annotations.NullMarked;
