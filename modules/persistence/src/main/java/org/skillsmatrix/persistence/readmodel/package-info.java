/** The read model's check against the history and its rebuild, by the SQL functions its changelog defines. */
@NullMarked
package org.skillsmatrix.persistence.readmodel;

import org.jspecify.annotations.NullMarked;
