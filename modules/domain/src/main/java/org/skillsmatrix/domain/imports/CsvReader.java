package org.skillsmatrix.domain.imports;

import java.util.List;

/** Port: splits the text of a CSV file into records; the imports make sense of them. */
public interface CsvReader {

    /**
     * The records of RFC 4180 text: comma-separated, fields in double quotes where they hold commas, quotes or line
     * breaks, records ended by CRLF, LF or CR in any mix. Blank lines are skipped. Each record knows the line it
     * starts on, the first line being 1.
     *
     * @throws MalformedCsv where the text is not CSV, e.g. a quote that is never closed
     */
    List<CsvRecord> read(String text);
}
