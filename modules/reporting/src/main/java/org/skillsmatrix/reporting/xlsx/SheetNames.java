package org.skillsmatrix.reporting.xlsx;

import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

/** Sheet names Excel accepts: at most 31 characters, none of : \ / ? * [ ], and unique ignoring case. */
final class SheetNames {

    private static final int MAX = 31;

    private final Set<String> taken = new HashSet<>();

    String unique(String wanted) {
        var base = wanted.replaceAll("[:\\\\/?*\\[\\]]", " ")
                .replaceAll("^'|'$", "")
                .strip();
        if (base.isEmpty()) {
            base = "Sheet";
        }
        var name = cut(base, MAX);
        for (int n = 2; !taken.add(name.toLowerCase(Locale.ROOT)); n++) {
            var suffix = " (" + n + ")";
            name = cut(base, MAX - suffix.length()) + suffix;
        }
        return name;
    }

    private static String cut(String text, int length) {
        return text.length() <= length ? text : text.substring(0, length).strip();
    }
}
