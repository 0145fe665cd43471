package org.skillsmatrix.domain.notification;

import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * One figure of the organisation summary as a notification stores it, language-neutral: its name and its numbers,
 * "targets-met=37/45". The views and the e-mails name it in the reader's language.
 *
 * @param name what it counts, such as {@code stale-ratings}
 * @param values the numbers, such as met and set
 */
public record SummaryFigure(String name, List<Integer> values) {

    private static final Pattern ITEM = Pattern.compile("([a-z-]+)=(\\d+(?:/\\d+)*)");

    public SummaryFigure {
        if (!name.matches("[a-z-]+")) {
            throw new IllegalArgumentException("A figure's name is lower-case words joined by hyphens, not " + name);
        }
        values = List.copyOf(values);
        if (values.isEmpty() || values.stream().anyMatch(value -> value < 0)) {
            throw new IllegalArgumentException("A figure has one or more numbers, none negative");
        }
    }

    /** Reads a figure from its item; fails on anything that is not one. */
    public static SummaryFigure parse(String item) {
        var matcher = ITEM.matcher(item);
        if (!matcher.matches()) {
            throw new IllegalArgumentException("Not a figure of the organisation summary: " + item);
        }
        return new SummaryFigure(
                matcher.group(1),
                Arrays.stream(matcher.group(2).split("/")).map(Integer::valueOf).toList());
    }

    /** The figure as a notification's item. */
    public String item() {
        return name + "=" + values.stream().map(String::valueOf).collect(Collectors.joining("/"));
    }
}
