package org.skillsmatrix.domain.mentoring;

import java.util.List;

/**
 * The proposed pairs, most preferred first, and the cap on pairs per mentor they were made under.
 *
 * @param unmatched learning needs for which no mentor with room was found
 */
public record MentorProposals(List<MentorProposal> proposals, int mentorCap, int unmatched) {

    public MentorProposals {
        proposals = List.copyOf(proposals);
    }
}
