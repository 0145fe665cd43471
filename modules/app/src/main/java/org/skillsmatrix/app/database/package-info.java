/** The embedded PostgreSQL used where no database URL is configured. */
@NullMarked
package org.skillsmatrix.app.database;

import org.jspecify.annotations.NullMarked;
