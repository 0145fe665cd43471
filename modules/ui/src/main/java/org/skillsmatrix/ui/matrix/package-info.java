/** The team matrix: a heatmap of the team's people by skill, filtered, and rated from its cells. */
@NullMarked
package org.skillsmatrix.ui.matrix;

import org.jspecify.annotations.NullMarked;
