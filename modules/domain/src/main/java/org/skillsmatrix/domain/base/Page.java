package org.skillsmatrix.domain.base;

import java.util.List;
import java.util.function.Function;

/**
 * One page of a list read where it is stored, and how many entries the whole list has.
 *
 * @param <T> the entries
 */
public record Page<T>(List<T> items, long total) {

    public Page {
        items = List.copyOf(items);
        if (total < items.size()) {
            throw new IllegalArgumentException("a page cannot hold more than the whole list");
        }
    }

    /** The page of the entries of a list held whole, for stores that hold everything in memory. */
    public static <T> Page<T> of(List<T> all, PageRequest<?> request) {
        long from = request.offset();
        if (from >= all.size()) {
            return new Page<>(List.of(), all.size());
        }
        int to = (int) Math.min(all.size(), from + request.size());
        return new Page<>(all.subList((int) from, to), all.size());
    }

    public <R> Page<R> map(Function<T, R> mapper) {
        return new Page<>(items.stream().map(mapper).toList(), total);
    }
}
