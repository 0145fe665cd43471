package org.skillsmatrix.domain.whatif;

import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.skillsmatrix.domain.base.PersonId;

/**
 * The answer to a what-if question: each team the change touches that the asker may read, how many more it
 * touches that they may not, the organisation for those who may read it, and the names of the people it
 * mentions (those who change, and those who would hold a skill alone).
 */
public record WhatIf(
        List<Change> changes,
        List<TeamOutcome> teams,
        int teamsNotShown,
        @Nullable OrganisationOutcome organisation,
        Map<PersonId, String> names) {

    public WhatIf {
        changes = List.copyOf(changes);
        teams = List.copyOf(teams);
        names = Map.copyOf(names);
    }
}
