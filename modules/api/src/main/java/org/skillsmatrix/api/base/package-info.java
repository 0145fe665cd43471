/** What every part of the API shares: who is calling, problem details for every error, pages, versions. */
@NullMarked
package org.skillsmatrix.api.base;

import org.jspecify.annotations.NullMarked;
