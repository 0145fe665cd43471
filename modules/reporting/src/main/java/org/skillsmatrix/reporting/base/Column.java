package org.skillsmatrix.reporting.base;

import java.util.Objects;

/**
 * A table column.
 *
 * @param key the machine-friendly name CSV headers use, e.g. {@code target_headcount}
 * @param title the name people read, e.g. "Target headcount"
 * @param width the width in characters spreadsheets and PDFs give the column
 */
public record Column(String key, String title, int width) {

    public Column {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(title, "title");
        if (width < 1) {
            throw new IllegalArgumentException("a column is at least one character wide");
        }
    }
}
