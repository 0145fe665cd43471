/**
 * People who left: after a retention period their personal data is replaced by a pseudonym, while what they rated
 * and were rated keeps counting in the organisation's history.
 */
@NullMarked
package org.skillsmatrix.domain.retention;

import org.jspecify.annotations.NullMarked;
