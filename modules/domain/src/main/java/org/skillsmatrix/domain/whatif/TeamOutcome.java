package org.skillsmatrix.domain.whatif;

import java.util.List;
import org.skillsmatrix.domain.team.Team;

/**
 * A team the change touches: its figures today and after, the skills whose standing changes, and the certification
 * targets ("2 holders of the CKA") whose shortfall changes, those broken first.
 */
public record TeamOutcome(
        Team team,
        Figures before,
        Figures after,
        List<TeamSkillChange> skills,
        List<TeamCertificationChange> certifications) {

    public TeamOutcome {
        skills = List.copyOf(skills);
        certifications = List.copyOf(certifications);
    }

    public List<TeamSkillChange> targetsBroken() {
        return skills.stream().filter(TeamSkillChange::targetBroken).toList();
    }

    public List<TeamCertificationChange> certificationTargetsBroken() {
        return certifications.stream()
                .filter(TeamCertificationChange::targetBroken)
                .toList();
    }
}
