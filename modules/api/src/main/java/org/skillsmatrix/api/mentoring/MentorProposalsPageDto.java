package org.skillsmatrix.api.mentoring;

import io.swagger.v3.oas.annotations.media.Schema;
import java.util.List;
import org.skillsmatrix.api.base.Page;

/** One page of the organisation's proposed mentor pairs, with the cap they were made under. */
@Schema(name = "MentorProposalsPage")
record MentorProposalsPageDto(
        @Schema(description = "The most open pairs one mentor takes, counting the goals they mentor", example = "2")
        int mentorCap,

        @Schema(description = "Learners (per skill) for whom no mentor with room was found", example = "1")
        int unmatched,

        List<MentorProposalsDto.ProposalDto> items,
        @Schema(example = "0") int page,
        @Schema(example = "20") int size,
        @Schema(example = "72") long totalItems,
        @Schema(example = "4") int totalPages) {

    MentorProposalsPageDto {
        items = List.copyOf(items);
    }

    static MentorProposalsPageDto of(int mentorCap, int unmatched, Page<MentorProposalsDto.ProposalDto> page) {
        return new MentorProposalsPageDto(
                mentorCap, unmatched, page.items(), page.page(), page.size(), page.totalItems(), page.totalPages());
    }
}
