/** What if people leave or move, and knowledge at risk: the REST operations and their documents. */
@NullMarked
package org.skillsmatrix.api.whatif;

import org.jspecify.annotations.NullMarked;
