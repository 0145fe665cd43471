/** Certifications in the catalog, the certificates people hold, and when a certificate is valid. */
@NullMarked
package org.skillsmatrix.domain.certification;

import org.jspecify.annotations.NullMarked;
