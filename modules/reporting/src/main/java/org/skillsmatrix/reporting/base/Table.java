package org.skillsmatrix.reporting.base;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * Report data as a table every format can write. Cell values are {@link String}, {@link Number}, {@link
 * java.time.LocalDate}, {@link org.skillsmatrix.domain.scale.Level} (shown with its colour) or null (blank).
 *
 * @param name the sheet's name or the section's heading
 * @param total a last row of sums shown apart from the data, or null
 */
public record Table(
        String name,
        List<Column> columns,
        List<List<@Nullable Object>> rows,
        @Nullable List<@Nullable Object> total) {

    public Table {
        Objects.requireNonNull(name, "name");
        columns = List.copyOf(columns);
        var copied = new ArrayList<List<@Nullable Object>>();
        for (var row : rows) {
            if (row.size() != columns.size()) {
                throw new IllegalArgumentException("row of " + row.size() + " cells in a table of " + columns.size());
            }
            copied.add(Collections.unmodifiableList(new ArrayList<>(row)));
        }
        rows = Collections.unmodifiableList(copied);
        total = total == null ? null : Collections.unmodifiableList(new ArrayList<>(total));
    }

    public Table(String name, List<Column> columns, List<List<@Nullable Object>> rows) {
        this(name, columns, rows, null);
    }
}
