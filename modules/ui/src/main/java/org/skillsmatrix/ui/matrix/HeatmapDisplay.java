package org.skillsmatrix.ui.matrix;

import java.util.Set;
import org.skillsmatrix.domain.base.CategoryId;

/**
 * How the heatmap lays its columns out: narrow for a phone, compact with narrow skill columns whose names run
 * upwards, and the categories folded into one column each.
 */
record HeatmapDisplay(boolean narrow, boolean compact, Set<CategoryId> collapsed) {

    HeatmapDisplay {
        collapsed = Set.copyOf(collapsed);
    }
}
