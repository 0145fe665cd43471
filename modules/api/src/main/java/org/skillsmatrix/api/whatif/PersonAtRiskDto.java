package org.skillsmatrix.api.whatif;

import io.swagger.v3.oas.annotations.media.Schema;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.skillsmatrix.domain.base.SkillId;
import org.skillsmatrix.domain.base.TeamId;
import org.skillsmatrix.domain.whatif.PersonAtRisk;

/** Someone whose leaving would break targets or leave skills held by nobody. */
@Schema(name = "PersonAtRisk")
record PersonAtRiskDto(
        UUID person,
        @Schema(example = "Ada Lovelace") String name,

        @Schema(description = "Targets met today with nobody to spare, which their leaving would break")
        List<TargetDto> targetsBroken,

        @Schema(description = "Skills they alone hold (in a team: at the level that counts there)")
        List<SkillDto> heldAlone) {

    static PersonAtRiskDto of(PersonAtRisk person, Map<SkillId, String> skills, Map<TeamId, String> teams) {
        return new PersonAtRiskDto(
                person.person().value(),
                person.name(),
                person.targets().stream()
                        .map(target -> new TargetDto(
                                target.team().value(),
                                teams.getOrDefault(target.team(), ""),
                                target.skill().value(),
                                skills.getOrDefault(target.skill(), "")))
                        .toList(),
                person.soleHeld().stream()
                        .map(skill -> new SkillDto(skill.value(), skills.getOrDefault(skill, "")))
                        .toList());
    }

    @Schema(name = "TargetAtRisk")
    record TargetDto(
            UUID team, @Schema(example = "Payments") String teamName, UUID skill, String skillName) {}

    @Schema(name = "SkillHeldAlone")
    record SkillDto(UUID skill, @Schema(example = "Kafka") String skillName) {}
}
