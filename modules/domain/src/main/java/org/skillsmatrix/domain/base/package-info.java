/** Shared pieces of the core: identifiers of the main concepts, and the domain's errors. */
@NullMarked
package org.skillsmatrix.domain.base;

import org.jspecify.annotations.NullMarked;
