package org.skillsmatrix.domain.report;

import java.util.List;
import java.util.Objects;
import org.skillsmatrix.domain.base.InvalidInput;
import org.skillsmatrix.domain.base.PersonId;
import org.skillsmatrix.domain.base.TeamId;
import org.skillsmatrix.domain.whatif.Change;

/** Which report to export, and for whom or what. */
public sealed interface ReportRequest {

    /**
     * People × skills with self, manager and validated levels, grouped by category.
     *
     * @param teams the teams, in the order wanted; empty for every team of the organisation
     */
    record Matrix(List<TeamId> teams) implements ReportRequest {

        public Matrix {
            teams = List.copyOf(teams);
            if (teams.stream().distinct().count() != teams.size()) {
                throw new InvalidInput("teams", "teams.twice");
            }
        }

        public static Matrix of(TeamId... teams) {
            return new Matrix(List.of(teams));
        }

        public static Matrix allTeams() {
            return new Matrix(List.of());
        }

        public boolean wholeOrganisation() {
            return teams.isEmpty();
        }
    }

    /** A team's targets, coverage, shortfall, bus factor and single points of failure, riskiest skills first. */
    record TeamGaps(TeamId team) implements ReportRequest {

        public TeamGaps {
            Objects.requireNonNull(team, "team");
        }
    }

    /** The same across the whole organisation. */
    record OrganisationGaps() implements ReportRequest {}

    /**
     * What would change if these people left or moved: each touched team's figures and skills today and after, and
     * the organisation's. The same question as the what-if view and API ask; nothing is changed by asking.
     */
    record WhatIf(List<Change> changes) implements ReportRequest {

        public WhatIf {
            changes = List.copyOf(changes);
        }
    }

    /** A person's levels, interests, history, and gaps against their role profile. */
    record Profile(PersonId person) implements ReportRequest {

        public Profile {
            Objects.requireNonNull(person, "person");
        }
    }

    /**
     * Per category and skill, how many people stand at each level, now and at the end of each of the last
     * {@code quarters} quarters.
     */
    record Coverage(int quarters) implements ReportRequest {

        public static final int DEFAULT_QUARTERS = 4;
        public static final int MAX_QUARTERS = 12;

        public Coverage {
            if (quarters < 0 || quarters > MAX_QUARTERS) {
                throw new InvalidInput("quarters", "report.quarters-out-of-range", MAX_QUARTERS);
            }
        }

        public static Coverage lastYear() {
            return new Coverage(DEFAULT_QUARTERS);
        }
    }
}
