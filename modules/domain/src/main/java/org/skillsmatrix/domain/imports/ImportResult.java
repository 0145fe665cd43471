package org.skillsmatrix.domain.imports;

import java.util.List;
import java.util.Locale;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.skillsmatrix.domain.base.Wording;

/**
 * What an import found and did.
 *
 * @param verdict whether the file is valid, invalid, or refused as too large
 * @param rows the rows below the header that were read
 * @param summary what the import does (when validated) or did (when applied); only for a valid file
 * @param problems the problems in file order, at most {@link ImportLimits#MAX_LISTED_PROBLEMS}
 * @param problemCount all problems found, listed or not
 * @param applied whether the file was written; only a valid file ever is
 * @param <S> the kind of summary
 */
public record ImportResult<S>(
        Verdict verdict,
        int rows,
        @Nullable S summary,
        List<ImportProblem> problems,
        int problemCount,
        boolean applied) {

    public enum Verdict {
        VALID,
        INVALID,
        /** Over the size or row limit: not read any further. */
        TOO_LARGE
    }

    public ImportResult {
        Objects.requireNonNull(verdict, "verdict");
        problems = List.copyOf(problems);
        if ((verdict == Verdict.VALID) != (summary != null) || (verdict == Verdict.VALID) != problems.isEmpty()) {
            throw new IllegalArgumentException(
                    "a valid import has a summary and no problems, an invalid one the reverse");
        }
        if (applied && verdict != Verdict.VALID) {
            throw new IllegalArgumentException("only a valid import is applied");
        }
    }

    public boolean valid() {
        return verdict == Verdict.VALID;
    }

    /**
     * What is wrong with the file as a whole, in the language asked for: how many problems it has, whether nothing
     * was imported for them (where the file was to be applied), and how many are listed where not all are.
     */
    public String problemsSummary(boolean toBeApplied, Locale language) {
        var wording = Wording.of(ImportProblem.BUNDLE, language);
        var summary = wording.text(toBeApplied ? "file.problems.nothing-imported" : "file.problems", problemCount);
        return problemCount > problems.size()
                ? wording.text("file.problems.first-listed", summary, problems.size())
                : summary;
    }

    static <S> ImportResult<S> refused(Verdict verdict, int rows, List<ImportProblem> problems) {
        var sorted = problems.stream().sorted(ImportProblem.IN_FILE_ORDER).toList();
        return new ImportResult<>(
                verdict,
                rows,
                null,
                sorted.subList(0, Math.min(sorted.size(), ImportLimits.MAX_LISTED_PROBLEMS)),
                sorted.size(),
                false);
    }

    static <S> ImportResult<S> valid(int rows, S summary, boolean applied) {
        return new ImportResult<>(Verdict.VALID, rows, summary, List.of(), 0, applied);
    }
}
