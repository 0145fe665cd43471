package org.skillsmatrix.domain.imports;

import java.util.List;

/** One record of a CSV file: the line it starts on (from 1) and its values, left to right. */
public record CsvRecord(long line, List<String> values) {

    public CsvRecord {
        values = List.copyOf(values);
    }
}
