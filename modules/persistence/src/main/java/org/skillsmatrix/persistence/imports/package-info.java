/** What imports need of the database beyond the stores they write to: applying one at a time. */
@NullMarked
package org.skillsmatrix.persistence.imports;

import org.jspecify.annotations.NullMarked;
