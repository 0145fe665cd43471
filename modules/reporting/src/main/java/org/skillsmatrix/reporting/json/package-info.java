/** JSON documents: a person's data for a data-subject request. */
@NullMarked
package org.skillsmatrix.reporting.json;

import org.jspecify.annotations.NullMarked;
