package org.skillsmatrix.domain.report.trend;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.skillsmatrix.domain.base.CategoryId;

/**
 * A team's figures at one point of its trend: at the end of a quarter, or now.
 *
 * @param quarter the quarter it closes, e.g. {@code 2026 Q3}; none for now
 * @param asOf the first day after the quarter, as whose start the ratings count; none for now
 * @param targets the team's targets on active skills
 * @param targetsMet of those, the ones met
 * @param singlePointsOfFailure active skills exactly one member holds at the level that counts
 * @param categories per category of the catalog with active skills, in catalog order
 */
public record TrendPoint(
        @Nullable String quarter,
        @Nullable LocalDate asOf,
        int targets,
        int targetsMet,
        int singlePointsOfFailure,
        List<CategoryPoint> categories) {

    public TrendPoint {
        Objects.requireNonNull(categories, "categories");
        categories = List.copyOf(categories);
    }

    /** The point of now. */
    public boolean now() {
        return asOf == null;
    }

    /** A category's targets at the point: how many, and how many met. */
    public record CategoryPoint(CategoryId category, int targets, int targetsMet) {

        /** Share of the targets met, 0–100; none where the category has no target. */
        public @Nullable Integer percentMet() {
            return targets == 0 ? null : targetsMet * 100 / targets;
        }
    }
}
