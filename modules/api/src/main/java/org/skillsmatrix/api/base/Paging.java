package org.skillsmatrix.api.base;

import java.util.ArrayList;
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
 * e.g. {@code sort=name,desc}. Every key is declared by its ascending order, so that {@code asc} means the smallest,
 * the earliest, the weakest or the least at risk first and {@code desc} the opposite, whatever the key; a key alone
 * sorts in its usual direction (the newest rating, the riskiest skill, the strongest match first). Entries the key
 * does not tell apart stay in the list's usual order.
 *
 * @param <T> the entries
 */
public final class Paging<T> {

    public static final int DEFAULT_SIZE = 20;
    public static final int MAX_SIZE = 200;

    /** Which way a key sorts when the request does not say. */
    public enum Direction {
        ASC,
        DESC
    }

    private record Key<T>(Comparator<T> ascending, Direction usual) {

        Comparator<T> in(Direction direction) {
            return direction == Direction.ASC ? ascending : ascending.reversed();
        }
    }

    private final Map<String, Key<T>> keys = new LinkedHashMap<>();
    private final Key<T> defaultKey;

    private Paging(String name, Key<T> key) {
        this.defaultKey = key;
        keys.put(name, key);
    }

    /** Sorting by {@code key}, ascending, unless asked otherwise. */
    public static <T> Paging<T> sortedBy(String key, Comparator<T> ascending) {
        return sortedBy(key, ascending, Direction.ASC);
    }

    /** Sorting by {@code key}, in its usual direction, unless asked otherwise. */
    public static <T> Paging<T> sortedBy(String key, Comparator<T> ascending, Direction usual) {
        return new Paging<>(key, new Key<>(ascending, usual));
    }

    /** Another key the list may be sorted by, ascending unless asked otherwise. */
    public Paging<T> or(String key, Comparator<T> ascending) {
        return or(key, ascending, Direction.ASC);
    }

    /** Another key the list may be sorted by, in its usual direction unless asked otherwise. */
    public Paging<T> or(String key, Comparator<T> ascending, Direction usual) {
        keys.put(key, new Key<>(ascending, usual));
        return this;
    }

    /** Another key, comparing texts without regard to case. */
    public Paging<T> orText(String key, Function<T, String> text) {
        return or(key, Comparator.comparing(text, String.CASE_INSENSITIVE_ORDER));
    }

    /** The page asked for, of the entries sorted as asked, mapped to what the API shows. */
    public <R> Page<R> page(List<T> entries, int page, int size, @Nullable String sort, Function<T, R> mapper) {
        var problems = new ArrayList<FieldProblem>();
        checkPage(page, size, problems);
        var asked = asked(sort, keys, Key::usual, problems);
        if (!problems.isEmpty()) {
            throw new InvalidRequest(INVALID, problems);
        }
        var usualOrder = defaultKey.in(defaultKey.usual());
        var order =
                asked == null ? usualOrder : asked.key().in(asked.direction()).thenComparing(usualOrder);
        var sorted = entries.stream().sorted(order).toList();
        long from = (long) page * size;
        var items = from >= sorted.size()
                ? List.<R>of()
                : sorted.subList((int) from, (int) Math.min(sorted.size(), from + size)).stream()
                        .map(mapper)
                        .toList();
        return new Page<>(items, page, size, sorted.size(), totalPages(sorted.size(), size));
    }

    static final String INVALID = "The paging or sorting parameters are invalid";

    static void checkPage(int page, int size, List<FieldProblem> problems) {
        if (page < 0) {
            problems.add(FieldProblem.of("page", "must be 0 or more"));
        }
        if (size < 1 || size > MAX_SIZE) {
            problems.add(FieldProblem.of("size", "must be between 1 and " + MAX_SIZE));
        }
    }

    static int totalPages(long total, int size) {
        return (int) ((total + size - 1) / size);
    }

    /** A key and the direction a request asked for. */
    record Asked<K>(K key, Direction direction) {}

    /**
     * The key and direction {@code sort} names, or null when it names none (the list's usual order); a key or
     * direction that is not one of the list's adds a problem.
     */
    static <K> @Nullable Asked<K> asked(
            @Nullable String sort, Map<String, K> keys, Function<K, Direction> usual, List<FieldProblem> problems) {
        if (sort == null || sort.isBlank()) {
            return null;
        }
        var parts = sort.strip().split(",", -1);
        var key = keys.get(parts[0].strip());
        var direction = parts.length > 1 ? parts[1].strip().toLowerCase(Locale.ROOT) : "";
        if (key == null
                || parts.length > 2
                || !(direction.isEmpty() || direction.equals("asc") || direction.equals("desc"))) {
            problems.add(FieldProblem.of(
                    "sort",
                    "must be one of " + String.join(", ", keys.keySet()) + ", optionally followed by ,asc or ,desc"));
            return null;
        }
        return new Asked<>(
                key,
                switch (direction) {
                    case "asc" -> Direction.ASC;
                    case "desc" -> Direction.DESC;
                    default -> usual.apply(key);
                });
    }
}
