/**
 * Reports as files: the Reports page, where people choose what to export, and the export button other views add
 * beside what they show. Files stream from the domain's export use case on the download's own request.
 */
@NullMarked
package org.skillsmatrix.ui.report;

import org.jspecify.annotations.NullMarked;
