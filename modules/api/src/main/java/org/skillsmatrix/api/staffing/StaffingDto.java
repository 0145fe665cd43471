package org.skillsmatrix.api.staffing;

import io.swagger.v3.oas.annotations.media.Schema;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.skillsmatrix.domain.base.SkillId;
import org.skillsmatrix.domain.staffing.ProposeStaffing;
import org.skillsmatrix.domain.staffing.Staffing;

/** The proposal: each need and how far it is covered, the people proposed, and how many are not named. */
@Schema(name = "Staffing")
record StaffingDto(
        @Schema(description = "Whether the proposal covers every need")
        boolean covered,

        @Schema(description = "Each need, in the order asked, with the places covered and those that stay open")
        List<NeedCoverDto> needs,

        @Schema(description = "The people proposed whom the caller sees named, in the order the rule chose them")
        List<ProposedDto> proposed,

        @Schema(
                description = "How many more people are proposed whom the access policy does not name to the caller"
                        + " (as in the people finder: 0 for managers and HR); they count in the needs' covered"
                        + " places",
                example = "0")
        int proposedNotShown) {

    static StaffingDto of(Staffing staffing, Map<SkillId, String> skills) {
        return new StaffingDto(
                staffing.covered(),
                staffing.needs().stream()
                        .map(need -> new NeedCoverDto(
                                need.need().skill().value(),
                                skills.getOrDefault(need.need().skill(), ""),
                                need.need().minimum().value(),
                                need.need().headcount(),
                                need.covered(),
                                need.uncovered()))
                        .toList(),
                staffing.proposed().stream()
                        .map(person -> ProposedDto.of(person, skills))
                        .toList(),
                staffing.proposedNotShown());
    }

    private static List<CoveredDto> coveredDtos(List<Staffing.Covered> covers, Map<SkillId, String> skills) {
        return covers.stream()
                .map(cover -> new CoveredDto(
                        cover.skill().value(),
                        skills.getOrDefault(cover.skill(), ""),
                        cover.level().value()))
                .toList();
    }

    @Schema(name = "StaffingNeedCover")
    record NeedCoverDto(
            UUID skill,
            @Schema(example = "PostgreSQL") String skillName,
            @Schema(example = "3") int minimum,
            @Schema(example = "2") int headcount,

            @Schema(description = "Places the proposal fills", example = "1")
            int covered,

            @Schema(description = "Places nobody drawn from can fill", example = "1")
            int uncovered) {}

    @Schema(name = "StaffingCover")
    record CoveredDto(
            UUID skill,
            @Schema(example = "PostgreSQL") String skillName,

            @Schema(description = "The person's current level", example = "4")
            int level) {}

    @Schema(name = "StaffingProposed")
    record ProposedDto(
            UUID person,
            @Schema(example = "Ada Lovelace") String name,
            List<String> teams,

            @Schema(description = "Pinned by the caller rather than chosen by the rule")
            boolean pinned,

            @Schema(description = "The needs this person fills a place in")
            List<CoveredDto> covers,

            @Schema(
                    description = "Who could stand in, best first: most of this person's needs met, then the"
                            + " highest summed level, then by name; at most "
                            + ProposeStaffing.MAX_ALTERNATIVES)
            List<AlternativeDto> alternatives,

            @Schema(
                    description = "How many more could stand in whom the access policy does not name to the caller",
                    example = "0")
            int alternativesNotShown) {

        static ProposedDto of(Staffing.Proposed person, Map<SkillId, String> skills) {
            return new ProposedDto(
                    person.person().value(),
                    person.name(),
                    person.teams(),
                    person.pinned(),
                    coveredDtos(person.covers(), skills),
                    person.alternatives().stream()
                            .map(alternative -> new AlternativeDto(
                                    alternative.person().value(),
                                    alternative.name(),
                                    alternative.teams(),
                                    coveredDtos(alternative.covers(), skills)))
                            .toList(),
                    person.alternativesNotShown());
        }
    }

    @Schema(name = "StaffingAlternative")
    record AlternativeDto(
            UUID person,
            @Schema(example = "Cleo Chen") String name,
            List<String> teams,

            @Schema(description = "Which of the proposed person's needs they meet, at their level")
            List<CoveredDto> covers) {}
}
