/** What if people leave or move team: the targets, single points of failure and shortfall before and after. */
@NullMarked
package org.skillsmatrix.domain.whatif;

import org.jspecify.annotations.NullMarked;
