package org.skillsmatrix.api.base;

import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * Pages and sorting of lists: {@code page} from 0, {@code size} from 1 to {@value #MAX_SIZE} (default
 * {@value #DEFAULT_SIZE}), {@code sort} a key of the list, optionally followed by {@code ,asc} or {@code ,desc},
 * e.g. {@code sort=name,desc}.
 *
 * @param <T> the entries
 */
public final class Paging<T> {

    public static final int DEFAULT_SIZE = 20;
    public static final int MAX_SIZE = 200;

    private final Map<String, Comparator<T>> keys = new LinkedHashMap<>();
    private final String defaultKey;

    private Paging(String defaultKey, Comparator<T> defaultOrder) {
        this.defaultKey = defaultKey;
        keys.put(defaultKey, defaultOrder);
    }

    /** Sorting by {@code key} unless asked otherwise. */
    public static <T> Paging<T> sortedBy(String key, Comparator<T> order) {
        return new Paging<>(key, order);
    }

    /** Another key the list may be sorted by. */
    public Paging<T> or(String key, Comparator<T> order) {
        keys.put(key, order);
        return this;
    }

    /** Another key, comparing texts without regard to case. */
    public Paging<T> orText(String key, Function<T, String> text) {
        return or(key, Comparator.comparing(text, String.CASE_INSENSITIVE_ORDER));
    }

    /** The page asked for, of the entries sorted as asked, mapped to what the API shows. */
    public <R> Page<R> page(List<T> entries, int page, int size, @Nullable String sort, Function<T, R> mapper) {
        var problems = new java.util.ArrayList<FieldProblem>();
        if (page < 0) {
            problems.add(FieldProblem.of("page", "must be 0 or more"));
        }
        if (size < 1 || size > MAX_SIZE) {
            problems.add(FieldProblem.of("size", "must be between 1 and " + MAX_SIZE));
        }
        var order = order(sort, problems);
        if (!problems.isEmpty()) {
            throw new InvalidRequest("The paging or sorting parameters are invalid", problems);
        }
        var sorted = entries.stream().sorted(order).toList();
        long from = (long) page * size;
        var items = from >= sorted.size()
                ? List.<R>of()
                : sorted.subList((int) from, (int) Math.min(sorted.size(), from + size)).stream()
                        .map(mapper)
                        .toList();
        int totalPages = (int) ((sorted.size() + (long) size - 1) / size);
        return new Page<>(items, page, size, sorted.size(), totalPages);
    }

    private Comparator<T> order(@Nullable String sort, List<FieldProblem> problems) {
        if (sort == null || sort.isBlank()) {
            return keys.get(defaultKey);
        }
        var parts = sort.strip().split(",", -1);
        var key = parts[0].strip();
        var direction = parts.length > 1 ? parts[1].strip().toLowerCase(Locale.ROOT) : "asc";
        var order = keys.get(key);
        if (order == null || parts.length > 2 || !(direction.equals("asc") || direction.equals("desc"))) {
            problems.add(FieldProblem.of(
                    "sort",
                    "must be one of " + String.join(", ", keys.keySet()) + ", optionally followed by ,asc or ,desc"));
            return keys.get(defaultKey);
        }
        var then = order.thenComparing(keys.get(defaultKey));
        return direction.equals("desc") ? then.reversed() : then;
    }
}
