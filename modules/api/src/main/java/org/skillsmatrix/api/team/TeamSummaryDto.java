package org.skillsmatrix.api.team;

import io.swagger.v3.oas.annotations.media.Schema;
import java.util.List;
import java.util.UUID;
import org.skillsmatrix.domain.base.PersonId;
import org.skillsmatrix.domain.team.Team;

/** A team in a list: its people by id; the team itself names them. */
@Schema(name = "TeamSummary")
record TeamSummaryDto(
        UUID id,
        @Schema(example = "Payments") String name,
        @Schema(description = "The members' ids") List<UUID> members,
        @Schema(description = "The managers' ids") List<UUID> managers,
        @Schema(example = "0") long version) {

    static TeamSummaryDto of(Team team) {
        return new TeamSummaryDto(
                team.id().value(),
                team.name(),
                team.members().stream().map(PersonId::value).sorted().toList(),
                team.managers().stream().map(PersonId::value).sorted().toList(),
                team.version());
    }
}
