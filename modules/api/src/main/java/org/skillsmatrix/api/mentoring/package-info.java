/** Mentor pairing proposals and development goals over HTTP. */
@NullMarked
package org.skillsmatrix.api.mentoring;

import org.jspecify.annotations.NullMarked;
