/** Leaving a load balancer on shutdown without a refused request. */
@NullMarked
package org.skillsmatrix.app.shutdown;

import org.jspecify.annotations.NullMarked;
