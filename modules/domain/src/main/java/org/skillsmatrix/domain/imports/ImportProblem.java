package org.skillsmatrix.domain.imports;

import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.skillsmatrix.domain.base.Wording;

/**
 * One thing wrong with an import file, told by its key in the bundle {@value #BUNDLE} and the values that fill the
 * key's text, so that it reads in the importer's language.
 *
 * @param line the line, the header being line 1; 0 for the file as a whole
 * @param column the column, from 1; 0 for the line as a whole
 * @param field the column's name in the header, where the problem is in one column
 * @param key what is wrong: the key of its text in the bundle
 * @param arguments the values the text names (texts of the file, numbers), in the order of its parameters
 */
public record ImportProblem(long line, int column, @Nullable String field, String key, List<Object> arguments) {

    /** The bundle of the problems' texts, English by default, one file per further language. */
    public static final String BUNDLE = "org.skillsmatrix.domain.imports.problems";

    static final Comparator<ImportProblem> IN_FILE_ORDER =
            Comparator.comparingLong(ImportProblem::line).thenComparingInt(ImportProblem::column);

    /**
     * The most characters of a text a problem quotes (a value or column name of the file, a list of names); a longer
     * one is cut and ends in "…", so that a file's overlong line is not sent back whole in its problems.
     */
    public static final int QUOTED_AT_MOST = 200;

    public ImportProblem {
        Objects.requireNonNull(key, "key");
        field = field == null ? null : quoted(field);
        arguments = List.copyOf(arguments.stream()
                .map(argument -> argument instanceof String text ? quoted(text) : argument)
                .toList());
    }

    private static String quoted(String text) {
        return text.codePointCount(0, text.length()) <= QUOTED_AT_MOST
                ? text
                : text.substring(0, text.offsetByCodePoints(0, QUOTED_AT_MOST - 1)) + "…";
    }

    /** A file over the size an import takes, which is refused before it is read. */
    public static ImportProblem tooLarge(long maxBytes) {
        return maxBytes % 1_000_000 == 0
                ? ofFile("file.too-large.megabytes", maxBytes / 1_000_000)
                : ofFile("file.too-large.bytes", maxBytes);
    }

    static ImportProblem ofFile(String key, Object... arguments) {
        return new ImportProblem(0, 0, null, key, List.of(arguments));
    }

    static ImportProblem ofLine(long line, String key, Object... arguments) {
        return new ImportProblem(line, 0, null, key, List.of(arguments));
    }

    /** What is wrong, in the language asked for (English where the bundle has no file for it). */
    public String message(Locale language) {
        return Wording.of(BUNDLE, language).text(key, arguments.toArray());
    }

    /** What is wrong, in English. */
    public String message() {
        return message(Locale.ENGLISH);
    }
}
