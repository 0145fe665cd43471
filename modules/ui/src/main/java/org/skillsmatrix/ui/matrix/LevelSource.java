package org.skillsmatrix.ui.matrix;

import java.util.Optional;
import org.skillsmatrix.domain.assessment.CurrentRating;
import org.skillsmatrix.domain.assessment.RatingAge;
import org.skillsmatrix.domain.scale.Level;

/** Which of a cell's levels the heatmap shows. */
enum LevelSource {
    /** The level that counts: the manager's where there is one, else the person's own. */
    VALIDATED("matrix.source.validated"),
    SELF("matrix.source.self"),
    MANAGER("matrix.source.manager");

    final String labelKey;

    LevelSource(String labelKey) {
        this.labelKey = labelKey;
    }

    Optional<Level> level(CurrentRating rating) {
        return switch (this) {
            case VALIDATED -> rating.level();
            case SELF -> rating.selfLevel();
            case MANAGER -> rating.validatedLevel();
        };
    }

    /** Whether the level shown has gone stale: last stated longer ago than the age allows. */
    boolean stale(CurrentRating rating, RatingAge age) {
        return switch (this) {
            case VALIDATED -> age.isStale(rating);
            case SELF -> age.isStale(rating.self());
            case MANAGER -> age.isStale(rating.manager());
        };
    }

    /** Shown as counting although no manager has confirmed it yet. */
    boolean unvalidated(CurrentRating rating) {
        return this == VALIDATED && rating.manager() == null && rating.self() != null;
    }
}
