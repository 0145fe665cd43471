package org.skillsmatrix.api.base;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;
import org.skillsmatrix.api.base.Paging.Direction;
import org.skillsmatrix.domain.base.PageRequest;

/**
 * The paging and sorting parameters of a list that is paged where it is stored, read by the rules of
 * {@link Paging}: the same parameters, limits, keys with their usual direction, and problems.
 *
 * @param <K> the store's sort keys
 */
public final class StoredPaging<K extends Enum<K>> {

    private final Map<String, K> keys = new LinkedHashMap<>();
    private final Map<K, Direction> usual = new LinkedHashMap<>();
    private final K defaultKey;

    private StoredPaging(K defaultKey) {
        this.defaultKey = defaultKey;
    }

    /** Sorting by {@code key}, named {@code name} in the API, in its usual direction unless asked otherwise. */
    public static <K extends Enum<K>> StoredPaging<K> sortedBy(String name, K key, Direction direction) {
        return new StoredPaging<K>(key).or(name, key, direction);
    }

    /** Another key the list may be sorted by. */
    public StoredPaging<K> or(String name, K key, Direction direction) {
        keys.put(name, key);
        usual.put(key, direction);
        return this;
    }

    /** What the parameters ask the store for; invalid ones are refused together, as {@link Paging} does. */
    public PageRequest<K> request(int page, int size, @Nullable String sort) {
        var problems = new ArrayList<FieldProblem>();
        Paging.checkPage(page, size, problems);
        var asked = Paging.asked(sort, keys, usual::get, problems);
        if (!problems.isEmpty()) {
            throw new InvalidRequest(Paging.INVALID, problems);
        }
        var key = asked == null ? defaultKey : asked.key();
        var direction = asked == null ? usual.get(defaultKey) : asked.direction();
        return new PageRequest<>(page, size, key, direction == Direction.DESC);
    }

    /** The API's page of what the store read, mapped to what the API shows. */
    public static <T, R> Page<R> page(
            org.skillsmatrix.domain.base.Page<T> read, PageRequest<?> request, Function<T, R> mapper) {
        return new Page<>(
                read.map(mapper).items(),
                request.page(),
                request.size(),
                read.total(),
                Paging.totalPages(read.total(), request.size()));
    }
}
