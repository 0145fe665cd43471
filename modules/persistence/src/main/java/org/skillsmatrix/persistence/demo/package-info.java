/** What storing the demo organisation needs of the database beyond the stores it writes to: one node at a time. */
@NullMarked
package org.skillsmatrix.persistence.demo;

import org.jspecify.annotations.NullMarked;
