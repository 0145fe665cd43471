/** The signed-in person's own skills: the catalog with their levels, interests and history, and self-rating. */
@NullMarked
package org.skillsmatrix.ui.myskills;

import org.jspecify.annotations.NullMarked;
