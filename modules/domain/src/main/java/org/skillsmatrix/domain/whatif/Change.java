package org.skillsmatrix.domain.whatif;

import java.util.Objects;
import org.skillsmatrix.domain.base.PersonId;
import org.skillsmatrix.domain.base.TeamId;

/** One person's change in a what-if question: they leave the organisation, or they move to another team. */
public sealed interface Change {

    PersonId person();

    /** The person leaves: they count in no team and in the organisation no more. */
    record Leaves(PersonId person) implements Change {

        public Leaves {
            Objects.requireNonNull(person, "person");
        }
    }

    /** The person leaves every team they are a member of and joins {@code team}; the organisation keeps them. */
    record MovesTo(PersonId person, TeamId team) implements Change {

        public MovesTo {
            Objects.requireNonNull(person, "person");
            Objects.requireNonNull(team, "team");
        }
    }
}
