/**
 * PDF documents written with OpenPDF: A4, a header and page numbers on every page, tables that repeat their
 * headers across page breaks, and charts drawn straight from the data. Fonts are Liberation Sans, embedded.
 */
@NullMarked
package org.skillsmatrix.reporting.pdf;

import org.jspecify.annotations.NullMarked;
