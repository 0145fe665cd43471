package org.skillsmatrix.reporting.tables;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** A table row from its cells, blanks allowed. */
final class Rows {

    private Rows() {}

    static List<@Nullable Object> of(@Nullable Object... cells) {
        return new ArrayList<>(Arrays.asList(cells));
    }
}
