package org.skillsmatrix.api.mentoring;

import io.swagger.v3.oas.annotations.media.Schema;
import java.util.List;
import java.util.UUID;
import org.skillsmatrix.api.base.PersonRef;
import org.skillsmatrix.domain.mentoring.MentorProposal;
import org.skillsmatrix.domain.mentoring.MentorProposals;
import org.skillsmatrix.domain.mentoring.Reason;

/** Proposed mentor pairs, the most preferred first. */
@Schema(name = "MentorProposals")
record MentorProposalsDto(
        @Schema(description = "The most open pairs one mentor takes, counting the goals they mentor", example = "2")
        int mentorCap,

        @Schema(description = "Learners (per skill) for whom no mentor with room was found", example = "1")
        int unmatched,

        List<ProposalDto> proposals) {

    static MentorProposalsDto of(MentorProposals proposals, Explanations explanations) {
        return new MentorProposalsDto(
                proposals.mentorCap(),
                proposals.unmatched(),
                proposals.proposals().stream()
                        .map(proposal -> ProposalDto.of(proposal, explanations))
                        .toList());
    }

    @Schema(name = "MentorProposal")
    record ProposalDto(
            PersonRef learner,
            SkillRef skill,

            @Schema(description = "The learner's level now", example = "1")
            int learnerLevel,

            @Schema(
                    description = "The level to aim for: the higher of the team target's and the role profile's",
                    example = "3")
            int goal,

            PersonRef mentor,
            @Schema(example = "4") int mentorLevel,

            @Schema(description = "The learner's team the pair is for")
            TeamRef team,

            @Schema(description = "Whether the mentor is a member of that team too")
            boolean sameTeam,

            @Schema(
                    description = "Why: LIFTS_TARGET and REMOVES_SINGLE_POINT_OF_FAILURE lift the team's coverage;"
                            + " TEAM_TARGET, ROLE_PROFILE grow the learner to what is asked",
                    example = "LIFTS_TARGET")
            Reason.Kind reason,

            @Schema(description = "The team's holders at the level that counts, before this pair", example = "1")
            int holders,

            @Schema(description = "The target's headcount; 0 without a target", example = "2")
            int required,

            @Schema(
                    description = "Why, in the caller's language: the one they chose, else Accept-Language's,"
                            + " else English",
                    example = "lifts the Security target of Payments from 1 of 2 to 2 of 2")
            String explanation) {

        static ProposalDto of(MentorProposal proposal, Explanations explanations) {
            return new ProposalDto(
                    new PersonRef(proposal.learner().value(), proposal.learnerName()),
                    new SkillRef(proposal.skill().value(), proposal.skillName()),
                    proposal.learnerLevel().value(),
                    proposal.goal().value(),
                    new PersonRef(proposal.mentor().value(), proposal.mentorName()),
                    proposal.mentorLevel().value(),
                    new TeamRef(proposal.team().value(), proposal.teamName()),
                    proposal.sameTeam(),
                    proposal.reason().kind(),
                    proposal.reason().holders(),
                    proposal.reason().required(),
                    explanations.of(proposal));
        }
    }

    @Schema(name = "MentorSkillRef")
    record SkillRef(UUID id, @Schema(example = "Security") String name) {}

    @Schema(name = "MentorTeamRef")
    record TeamRef(UUID id, @Schema(example = "Payments") String name) {}
}
