/** A person's profile: their levels against their role profile as a radar, and their levels over time. */
@NullMarked
package org.skillsmatrix.ui.profile;

import org.jspecify.annotations.NullMarked;
