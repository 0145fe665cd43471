/** A person's certificates on their profile: listed with where each stands, recorded by the holder, verified by their manager. */
@NullMarked
package org.skillsmatrix.ui.certification;

import org.jspecify.annotations.NullMarked;
