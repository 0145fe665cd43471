/** {@code /api/v1/reports}: what the caller may export, and the reports as XLSX, CSV or PDF files. */
@NullMarked
package org.skillsmatrix.api.report;

import org.jspecify.annotations.NullMarked;
