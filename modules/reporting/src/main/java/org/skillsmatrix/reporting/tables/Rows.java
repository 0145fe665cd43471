package org.skillsmatrix.reporting.tables;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.skillsmatrix.domain.privacy.ShownCount;
import org.skillsmatrix.reporting.base.Language;

/** A table row from its cells, blanks allowed. */
final class Rows {

    private Rows() {}

    static List<@Nullable Object> of(@Nullable Object... cells) {
        return new ArrayList<>(Arrays.asList(cells));
    }

    /** A count of people as a cell: the number, or the words "fewer than N" where the privacy threshold hides it. */
    static Object count(ShownCount count, Language language) {
        var value = count.value();
        return value == null ? language.count(count) : value;
    }
}
