package org.skillsmatrix.domain.mentoring;

import java.util.List;
import java.util.Map;
import org.skillsmatrix.domain.base.TeamId;

/**
 * The proposed pairs, most preferred first, and the cap on pairs per mentor they were made under.
 *
 * @param unmatched learning needs for which no mentor with room was found
 * @param unmatchedByTeam how many of them are each team's (a team without any is left out)
 */
public record MentorProposals(
        List<MentorProposal> proposals, int mentorCap, int unmatched, Map<TeamId, Integer> unmatchedByTeam) {

    public MentorProposals {
        proposals = List.copyOf(proposals);
        unmatchedByTeam = Map.copyOf(unmatchedByTeam);
    }

    /** The pairs made for the team's learning needs, in the same order, and the team's needs left unmatched. */
    public MentorProposals ofTeam(TeamId team) {
        int unmatchedInTeam = unmatchedByTeam.getOrDefault(team, 0);
        return new MentorProposals(
                proposals.stream()
                        .filter(proposal -> proposal.team().equals(team))
                        .toList(),
                mentorCap,
                unmatchedInTeam,
                unmatchedInTeam == 0 ? Map.of() : Map.of(team, unmatchedInTeam));
    }
}
