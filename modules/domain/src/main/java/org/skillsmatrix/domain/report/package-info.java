/**
 * Reports as files: the report kinds and formats, the data each report holds, the renderer port that writes
 * it in a format, the read models large reports stream from, and the export use case that checks access and
 * audits every export.
 */
@NullMarked
package org.skillsmatrix.domain.report;

import org.jspecify.annotations.NullMarked;
