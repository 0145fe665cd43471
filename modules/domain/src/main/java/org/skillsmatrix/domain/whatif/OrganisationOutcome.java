package org.skillsmatrix.domain.whatif;

import java.util.List;

/** The organisation's figures today and after the change, and the skills whose standing changes. */
public record OrganisationOutcome(Figures before, Figures after, List<OrganisationSkillChange> skills) {

    public OrganisationOutcome {
        skills = List.copyOf(skills);
    }
}
