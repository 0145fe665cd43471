package org.skillsmatrix.domain.imports;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;
import org.skillsmatrix.domain.access.Actor;

/**
 * The one shape of every import: the file is read and checked whole into a plan that says what applying it does, and
 * only the plan of a file without problems is applied.
 *
 * @param <S> the kind of summary the import gives
 */
final class CheckedImport<S> {

    /** What applying a valid file does. */
    interface Plan<S> {

        S summary();

        void apply(Actor actor);

        /** The plan that says {@code summary} and applies the file as {@code apply} does. */
        static <S> Plan<S> of(S summary, Consumer<Actor> apply) {
            return new Plan<>() {
                @Override
                public S summary() {
                    return summary;
                }

                @Override
                public void apply(Actor actor) {
                    apply.accept(actor);
                }
            };
        }
    }

    /** Checks every row of a readable file, adding one problem per fault; its plan counts only if none was added. */
    interface Check<S> {

        @Nullable
        Plan<S> plan(ImportFile file, List<ImportProblem> problems);
    }

    private final ImportResult<S> result;
    private final @Nullable Plan<S> plan;

    private CheckedImport(ImportResult<S> result, @Nullable Plan<S> plan) {
        this.result = result;
        this.plan = plan;
    }

    static <S> CheckedImport<S> check(ImportFile.Outcome read, Check<S> check) {
        return switch (read) {
            case ImportFile.Outcome.Refused refused ->
                new CheckedImport<>(
                        ImportResult.refused(refused.verdict(), refused.rowCount(), refused.problems()), null);
            case ImportFile.Outcome.Readable readable -> {
                var problems = new ArrayList<>(readable.problems());
                var plan = check.plan(readable.file(), problems);
                if (!problems.isEmpty() || plan == null) {
                    yield new CheckedImport<>(
                            ImportResult.refused(ImportResult.Verdict.INVALID, readable.rowCount(), problems), null);
                }
                yield new CheckedImport<>(ImportResult.valid(readable.rowCount(), plan.summary(), false), plan);
            }
        };
    }

    /** What the check found, and what applying the file would do. */
    ImportResult<S> result() {
        return result;
    }

    /** Applies the plan of a valid file; a file with problems is left as the check found it. */
    ImportResult<S> apply(Actor actor) {
        if (plan == null) {
            return result;
        }
        plan.apply(actor);
        return ImportResult.valid(result.rows(), plan.summary(), true);
    }
}
