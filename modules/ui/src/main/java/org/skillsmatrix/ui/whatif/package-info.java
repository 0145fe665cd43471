/** What if people leave or move: the question, its answer per team and organisation, and knowledge at risk. */
@NullMarked
package org.skillsmatrix.ui.whatif;

import org.jspecify.annotations.NullMarked;
