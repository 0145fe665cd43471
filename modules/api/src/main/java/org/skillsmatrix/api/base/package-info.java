/** What every part of the API shares: who is calling. */
@NullMarked
package org.skillsmatrix.api.base;

import org.jspecify.annotations.NullMarked;
