package org.skillsmatrix.ui.matrix;

import java.util.Map;
import java.util.Optional;
import org.skillsmatrix.domain.assessment.CurrentRating;
import org.skillsmatrix.domain.base.SkillId;
import org.skillsmatrix.domain.people.Person;

/** A row of the heatmap: a member of the team and their current rating in each skill they were rated on. */
record MatrixRow(Person person, Map<SkillId, CurrentRating> ratings, boolean rateable) {

    MatrixRow {
        ratings = Map.copyOf(ratings);
    }

    Optional<CurrentRating> rating(SkillId skill) {
        return Optional.ofNullable(ratings.get(skill));
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof MatrixRow row && row.person.id().equals(person.id());
    }

    @Override
    public int hashCode() {
        return person.id().hashCode();
    }
}
