package org.skillsmatrix.domain.report;

import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;
import org.skillsmatrix.domain.assessment.CurrentRating;
import org.skillsmatrix.domain.base.TeamId;
import org.skillsmatrix.domain.people.Person;

/**
 * Port: the skills matrix of many teams, streamed one member at a time, for exports of up to the whole
 * organisation (10,000 people × 200 skills) that must never hold it in memory at once.
 */
public interface MatrixRows {

    /**
     * Calls {@code row} once for every active member of every team in {@code teams}: team by team in the order
     * given, members by name and then e-mail within a team. A person in two of the teams comes once in each;
     * unknown teams and teams without active members give no rows. Each row carries the member's current
     * rating (as {@link CurrentRating#of} folds it) in every skill they have been rated on, in no particular
     * order.
     *
     * <p>Implementations hold no more than one member's ratings at a time: a SQL implementation is one
     * set-based query read through a cursor, ordered by team and member.
     */
    void forEach(List<TeamId> teams, Consumer<MemberRatings> row);

    /** One member of one team with their current ratings. */
    record MemberRatings(TeamId team, Person person, List<CurrentRating> ratings) {

        public MemberRatings {
            Objects.requireNonNull(team, "team");
            Objects.requireNonNull(person, "person");
            ratings = List.copyOf(ratings);
        }
    }
}
