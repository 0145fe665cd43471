/** The embedded PostgreSQL server for runs where no database URL is configured. */
@NullMarked
package org.skillsmatrix.persistence.embedded;

import org.jspecify.annotations.NullMarked;
