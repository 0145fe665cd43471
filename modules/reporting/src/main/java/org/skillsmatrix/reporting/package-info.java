/**
 * The reporting adapter: writes the domain's reports as XLSX, CSV and PDF files. Spreadsheet and PDF library
 * types stay inside this module; the rest of the application sees the domain's renderer port only.
 */
@NullMarked
package org.skillsmatrix.reporting;

import org.jspecify.annotations.NullMarked;
