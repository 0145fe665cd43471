/** Ratings: self-ratings at {@code /api/v1/me/assessments}, manager ratings and history per person. */
@NullMarked
package org.skillsmatrix.api.assessment;

import org.jspecify.annotations.NullMarked;
