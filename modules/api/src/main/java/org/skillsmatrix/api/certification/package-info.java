/** The catalog's certifications and the certificates people hold. */
@NullMarked
package org.skillsmatrix.api.certification;

import org.jspecify.annotations.NullMarked;
