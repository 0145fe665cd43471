/** The generated demo organisation, stored once on first start. */
@NullMarked
package org.skillsmatrix.app.demo;

import org.jspecify.annotations.NullMarked;
