/** The certifications of the catalog and the certificates people hold, on {@code certification} and {@code certificate}. */
@NullMarked
package org.skillsmatrix.persistence.certification;

import org.jspecify.annotations.NullMarked;
