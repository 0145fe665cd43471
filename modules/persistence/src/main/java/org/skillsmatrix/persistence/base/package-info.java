/** Shared pieces of the adapter: level mapping, optimistic-locking and constraint translation, JDBC helpers. */
@NullMarked
package org.skillsmatrix.persistence.base;

import org.jspecify.annotations.NullMarked;
