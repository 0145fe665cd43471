package org.skillsmatrix.domain.base;

import java.util.Objects;

/**
 * Which page of a list to read, sorted by which key: {@code page} from 0, {@code size} entries a page. Entries the
 * key does not tell apart come in the list's usual order, so that paging through a list shows each entry once.
 *
 * @param <K> the keys the list may be sorted by
 */
public record PageRequest<K extends Enum<K>>(int page, int size, K sortBy, boolean descending) {

    public PageRequest {
        Objects.requireNonNull(sortBy, "sortBy");
        if (page < 0) {
            throw new IllegalArgumentException("page must be 0 or more, was " + page);
        }
        if (size < 1) {
            throw new IllegalArgumentException("size must be 1 or more, was " + size);
        }
    }

    /** The first page of {@code size} entries, sorted ascending. */
    public static <K extends Enum<K>> PageRequest<K> first(int size, K sortBy) {
        return new PageRequest<>(0, size, sortBy, false);
    }

    /** How many entries come before this page. */
    public long offset() {
        return (long) page * size;
    }
}
