package org.skillsmatrix.api.people;

import io.swagger.v3.oas.annotations.media.Schema;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.skillsmatrix.domain.scale.Interest;
import org.skillsmatrix.domain.search.PersonMatch;

/** A person who meets every criterion of a search, with their level and interest in each skill searched. */
@Schema(name = "PersonMatch")
record PersonMatchDto(
        UUID person,
        @Schema(example = "Noah Fischer") String name,
        @Schema(example = "[\"Payments\"]") List<String> teams,
        List<MatchedSkillDto> skills) {

    static PersonMatchDto of(PersonMatch match) {
        return new PersonMatchDto(
                match.person().value(),
                match.name(),
                match.teams(),
                match.skills().stream()
                        .map(skill -> new MatchedSkillDto(
                                skill.skill().value(), skill.level().value(), skill.interest()))
                        .toList());
    }

    @Schema(name = "MatchedSkill")
    record MatchedSkillDto(
            UUID skill,
            @Schema(example = "4") int level,
            @Nullable Interest interest) {}
}
