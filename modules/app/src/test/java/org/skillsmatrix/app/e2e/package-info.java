/** End-to-end tests: the packaged application driven through Debian's Chromium. */
@NullMarked
package org.skillsmatrix.app.e2e;

import org.jspecify.annotations.NullMarked;
