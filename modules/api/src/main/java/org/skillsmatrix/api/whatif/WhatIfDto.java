package org.skillsmatrix.api.whatif;

import io.swagger.v3.oas.annotations.media.Schema;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.skillsmatrix.domain.base.PersonId;
import org.skillsmatrix.domain.base.SkillId;
import org.skillsmatrix.domain.gap.OrganisationSkillCoverage;
import org.skillsmatrix.domain.gap.SkillCoverage;
import org.skillsmatrix.domain.privacy.ShownCount;
import org.skillsmatrix.domain.whatif.Change;
import org.skillsmatrix.domain.whatif.Figures;
import org.skillsmatrix.domain.whatif.OrganisationOutcome;
import org.skillsmatrix.domain.whatif.OrganisationSkillChange;
import org.skillsmatrix.domain.whatif.TeamCertificationChange;
import org.skillsmatrix.domain.whatif.TeamOutcome;
import org.skillsmatrix.domain.whatif.TeamSkillChange;
import org.skillsmatrix.domain.whatif.WhatIf;

/** The answer to a what-if question: each touched team and the organisation, today and after. */
@Schema(name = "WhatIf")
record WhatIfDto(
        List<ChangeDto> changes,

        @Schema(description = "Each team the change touches that the caller may read")
        List<TeamDto> teams,

        @Schema(description = "How many more teams the change touches that the caller may not read", example = "0")
        int teamsNotShown,

        @Schema(description = "The organisation, for HR; none for others") @Nullable
        OrganisationDto organisation) {

    static WhatIfDto of(WhatIf answer, Map<SkillId, String> skills) {
        var names = answer.names();
        var teamNames = new HashMap<UUID, String>();
        answer.teams()
                .forEach(team ->
                        teamNames.put(team.team().id().value(), team.team().name()));
        var organisation = answer.organisation();
        return new WhatIfDto(
                answer.changes().stream()
                        .map(change -> ChangeDto.of(change, names, teamNames))
                        .toList(),
                answer.teams().stream()
                        .map(team -> TeamDto.of(team, skills, names))
                        .toList(),
                answer.teamsNotShown(),
                organisation == null ? null : OrganisationDto.of(organisation, skills, names));
    }

    private static @Nullable String name(Map<PersonId, String> names, @Nullable PersonId person) {
        return person == null ? null : names.get(person);
    }

    private static @Nullable UUID id(@Nullable PersonId person) {
        return person == null ? null : person.value();
    }

    @Schema(name = "WhatIfAskedChange")
    record ChangeDto(
            UUID person,
            @Schema(example = "Eva Ek") @Nullable String name,

            @Schema(description = "The team they move to; none: they leave") @Nullable
            UUID movesTo,

            @Schema(example = "Search") @Nullable String movesToName) {

        static ChangeDto of(Change change, Map<PersonId, String> names, Map<UUID, String> teams) {
            var to = change instanceof Change.MovesTo move ? move.team().value() : null;
            return new ChangeDto(
                    change.person().value(), names.get(change.person()), to, to == null ? null : teams.get(to));
        }
    }

    /** Headline figures as the gaps view shows them. */
    @Schema(name = "WhatIfFigures")
    record FiguresDto(
            @Schema(description = "Targets set (for the organisation: every team's targets)", example = "12")
            int targets,

            @Schema(example = "9") int targetsMet,

            @Schema(description = "People missing to meet the targets, added up", example = "4")
            int shortfall,

            @Schema(description = "Skills held by one person alone", example = "3")
            int singlePointsOfFailure,

            @Schema(description = "Skills nobody holds", example = "40")
            int heldByNobody) {

        static FiguresDto of(Figures figures) {
            return new FiguresDto(
                    figures.targets(),
                    figures.targetsMet(),
                    figures.shortfall(),
                    figures.singlePointsOfFailure(),
                    figures.heldByNobody());
        }
    }

    @Schema(name = "WhatIfTeam")
    record TeamDto(
            UUID team,
            @Schema(example = "Payments") String name,
            FiguresDto before,
            FiguresDto after,

            @Schema(
                    description = "Skills whose target, shortfall, single point or holding changes, riskiest after"
                            + " first")
            List<TeamSkillDto> skills,

            @Schema(
                    description = "Certification targets (holders of a valid certificate) whose shortfall changes,"
                            + " those no longer met first")
            List<TeamCertificationDto> certifications) {

        static TeamDto of(TeamOutcome outcome, Map<SkillId, String> skills, Map<PersonId, String> names) {
            return new TeamDto(
                    outcome.team().id().value(),
                    outcome.team().name(),
                    FiguresDto.of(outcome.before()),
                    FiguresDto.of(outcome.after()),
                    outcome.skills().stream()
                            .map(skill -> TeamSkillDto.of(skill, skills, names))
                            .toList(),
                    outcome.certifications().stream()
                            .map(TeamCertificationDto::of)
                            .toList());
        }
    }

    @Schema(name = "WhatIfTeamCertification")
    record TeamCertificationDto(
            UUID certification,

            @Schema(example = "Certified Kubernetes Administrator (CKA)")
            String certificationName,

            @Schema(description = "The members the target asks to hold a valid certificate", example = "2")
            int required,

            @Schema(description = "Members holding a valid certificate today", example = "2")
            int holdersBefore,

            @Schema(description = "Members holding a valid certificate after", example = "1")
            int holdersAfter,

            @Schema(example = "0") int shortfallBefore,
            @Schema(example = "1") int shortfallAfter,
            @Schema(description = "Met today, missed after") boolean targetBroken,
            @Schema(description = "Missed today, met after") boolean targetFixed) {

        static TeamCertificationDto of(TeamCertificationChange change) {
            return new TeamCertificationDto(
                    change.certification().id().value(),
                    change.certification().name(),
                    change.after().required(),
                    change.before().holders(),
                    change.after().holders(),
                    change.before().shortfall(),
                    change.after().shortfall(),
                    change.targetBroken(),
                    change.targetFixed());
        }
    }

    @Schema(name = "WhatIfTeamSkill")
    record TeamSkillDto(
            UUID skill,
            @Schema(example = "Kafka") String skillName,

            @Schema(description = "The target's level, or 3 (Proficient) where the team set none", example = "3")
            int countingLevel,

            @Schema(description = "The target's headcount; 0 without a target", example = "2")
            int required,

            TeamStandingDto before,
            TeamStandingDto after,
            @Schema(description = "Met today, missed after") boolean targetBroken,
            @Schema(description = "Missed today, met after") boolean targetFixed,

            @Schema(description = "Held by one person alone after, not today")
            boolean becomesSinglePoint,

            @Schema(description = "Held by someone today, by nobody after")
            boolean becomesHeldByNobody) {

        static TeamSkillDto of(TeamSkillChange change, Map<SkillId, String> skills, Map<PersonId, String> names) {
            return new TeamSkillDto(
                    change.skill().value(),
                    skills.getOrDefault(change.skill(), ""),
                    change.after().countingLevel().value(),
                    change.after().required(),
                    TeamStandingDto.of(change.before(), names),
                    TeamStandingDto.of(change.after(), names),
                    change.targetBroken(),
                    change.targetFixed(),
                    change.becomesSinglePoint(),
                    change.becomesHeldByNobody());
        }
    }

    @Schema(name = "WhatIfTeamStanding")
    record TeamStandingDto(
            @Schema(description = "Members at or above the counting level", example = "1")
            int holders,

            @Schema(example = "1") int shortfall,
            boolean targetMet,

            @Schema(description = "The one holder, where there is exactly one") @Nullable
            UUID soleHolder,

            @Schema(example = "Ben Brown") @Nullable String soleHolderName) {

        static TeamStandingDto of(SkillCoverage coverage, Map<PersonId, String> names) {
            return new TeamStandingDto(
                    coverage.holders(),
                    coverage.shortfall(),
                    coverage.targetMet(),
                    id(coverage.soleHolder()),
                    name(names, coverage.soleHolder()));
        }
    }

    @Schema(name = "WhatIfOrganisation")
    record OrganisationDto(FiguresDto before, FiguresDto after, List<OrganisationSkillDto> skills) {

        static OrganisationDto of(
                OrganisationOutcome outcome, Map<SkillId, String> skills, Map<PersonId, String> names) {
            return new OrganisationDto(
                    FiguresDto.of(outcome.before()),
                    FiguresDto.of(outcome.after()),
                    outcome.skills().stream()
                            .map(skill -> OrganisationSkillDto.of(skill, outcome, skills, names))
                            .toList());
        }
    }

    @Schema(name = "WhatIfOrganisationSkill")
    record OrganisationSkillDto(
            UUID skill,
            @Schema(example = "Kafka") String skillName,
            OrganisationStandingDto before,
            OrganisationStandingDto after,

            @Schema(description = "Teams' targets on the skill missed after and met today, net")
            int targetsBroken,

            boolean becomesSinglePoint,
            boolean becomesHeldByNobody) {

        static OrganisationSkillDto of(
                OrganisationSkillChange change,
                OrganisationOutcome outcome,
                Map<SkillId, String> skills,
                Map<PersonId, String> names) {
            return new OrganisationSkillDto(
                    change.skill().value(),
                    skills.getOrDefault(change.skill(), ""),
                    OrganisationStandingDto.of(change.before(), outcome.holders(change.before()), names),
                    OrganisationStandingDto.of(change.after(), outcome.holders(change.after()), names),
                    change.targetsBroken(),
                    change.becomesSinglePoint(),
                    change.becomesHeldByNobody());
        }
    }

    @Schema(name = "WhatIfOrganisationStanding")
    record OrganisationStandingDto(
            @Schema(
                    description = "Active people at 3 (Proficient) or above; none where the privacy threshold"
                            + " hides a count of fewer than holdersFewerThan people",
                    example = "12")
            @Nullable
            Integer holders,

            @Schema(
                    description = "Where holders is hidden: the privacy threshold (skills-matrix.privacy"
                            + ".minimum-group) it is below; none where holders is shown",
                    example = "5")
            @Nullable
            Integer holdersFewerThan,

            @Schema(description = "Teams that miss their target on the skill", example = "1")
            int teamsShort,

            @Schema(description = "The teams' shortfalls added up", example = "1")
            int shortfall,

            @Nullable UUID soleHolder,
            @Nullable String soleHolderName) {

        static OrganisationStandingDto of(
                OrganisationSkillCoverage coverage, ShownCount holders, Map<PersonId, String> names) {
            return new OrganisationStandingDto(
                    holders.value(),
                    holders.hidden() ? holders.fewerThan() : null,
                    coverage.teamsShort(),
                    coverage.shortfall(),
                    id(coverage.soleHolder()),
                    name(names, coverage.soleHolder()));
        }
    }
}
