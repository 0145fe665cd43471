/** The privacy threshold: which counts of people are shown outside their team, and how the hidden ones are told. */
@NullMarked
package org.skillsmatrix.domain.privacy;

import org.jspecify.annotations.NullMarked;
