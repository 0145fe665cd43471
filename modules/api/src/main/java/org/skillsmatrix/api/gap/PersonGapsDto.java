package org.skillsmatrix.api.gap;

import io.swagger.v3.oas.annotations.media.Schema;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.skillsmatrix.domain.base.SkillId;
import org.skillsmatrix.domain.gap.PersonGaps;

/** A person against the role profile they are measured by; without a profile, no gaps. */
@Schema(name = "PersonGaps")
record PersonGapsDto(
        UUID person,

        @Schema(description = "The role profile's id") @Nullable
        UUID roleProfile,

        @Schema(example = "Senior Back-end Engineer") @Nullable
        String roleProfileName,

        @Schema(description = "Every skill the profile names, largest gap first")
        List<GapDto> gaps) {

    static PersonGapsDto of(PersonGaps gaps, Map<SkillId, String> skillNames) {
        return new PersonGapsDto(
                gaps.person().id().value(),
                gaps.profile() == null ? null : gaps.profile().id().value(),
                gaps.profile() == null ? null : gaps.profile().name(),
                gaps.gaps().stream()
                        .map(gap -> new GapDto(
                                gap.skill().value(),
                                skillNames.getOrDefault(gap.skill(), ""),
                                gap.expected().value(),
                                gap.current() == null ? null : gap.current().value(),
                                gap.gap()))
                        .toList());
    }

    /** How far the person is from what the profile expects in one skill. */
    @Schema(name = "PersonGap")
    record GapDto(
            UUID skill,
            @Schema(example = "PostgreSQL") String skillName,
            @Schema(example = "3") int expected,

            @Schema(description = "The level that counts now; none if never rated", example = "2") @Nullable
            Integer current,

            @Schema(description = "Levels still to go; 0 once met", example = "1")
            int gap) {}
}
