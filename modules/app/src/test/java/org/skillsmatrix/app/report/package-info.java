/** Exports through the whole application: the use case, PostgreSQL and the reporting module, files read back. */
@NullMarked
package org.skillsmatrix.app.report;

import org.jspecify.annotations.NullMarked;
