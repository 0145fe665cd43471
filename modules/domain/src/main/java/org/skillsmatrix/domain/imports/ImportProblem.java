package org.skillsmatrix.domain.imports;

import java.util.Comparator;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * One thing wrong with an import file.
 *
 * @param line the line, the header being line 1; 0 for the file as a whole
 * @param column the column, from 1; 0 for the line as a whole
 * @param field the column's name in the header, where the problem is in one column
 * @param message what is wrong, for the person who made the file
 */
public record ImportProblem(long line, int column, @Nullable String field, String message) {

    static final Comparator<ImportProblem> IN_FILE_ORDER =
            Comparator.comparingLong(ImportProblem::line).thenComparingInt(ImportProblem::column);

    public ImportProblem {
        Objects.requireNonNull(message, "message");
    }

    static ImportProblem ofFile(String message) {
        return new ImportProblem(0, 0, null, message);
    }

    static ImportProblem ofLine(long line, String message) {
        return new ImportProblem(line, 0, null, message);
    }
}
