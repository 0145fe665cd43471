/**
 * Setting up a real organisation from an empty start: the steps HR and admins take, each ticked off from the data
 * once it is done.
 */
@NullMarked
package org.skillsmatrix.domain.setup;

import org.jspecify.annotations.NullMarked;
