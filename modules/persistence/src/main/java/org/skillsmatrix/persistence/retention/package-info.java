/** The people who left, the anonymisation of their personal data, and its lock. */
@NullMarked
package org.skillsmatrix.persistence.retention;

import org.jspecify.annotations.NullMarked;
