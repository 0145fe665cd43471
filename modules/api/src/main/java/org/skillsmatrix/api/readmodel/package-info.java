/** The admin's check and rebuild of the read model, over REST. */
@NullMarked
package org.skillsmatrix.api.readmodel;

import org.jspecify.annotations.NullMarked;
