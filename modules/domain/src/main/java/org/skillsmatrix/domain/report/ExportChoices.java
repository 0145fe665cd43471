package org.skillsmatrix.domain.report;

import java.util.List;
import org.skillsmatrix.domain.people.Person;
import org.skillsmatrix.domain.team.Team;

/**
 * What an actor may export, as the access policy decides it: for the choices a Reports page or an API offers.
 *
 * @param organisation whether organisation-wide reports (every team's matrix, the organisation's gaps, coverage)
 * @param teams the teams whose matrix and gap report, by name
 * @param people the active people whose profile, by name
 */
public record ExportChoices(boolean organisation, List<Team> teams, List<Person> people) {

    public ExportChoices {
        teams = List.copyOf(teams);
        people = List.copyOf(people);
    }

    /** Whether there is anything at all to export. */
    public boolean any() {
        return organisation || !teams.isEmpty() || !people.isEmpty();
    }
}
