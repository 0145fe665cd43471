package org.skillsmatrix.api.team;

import io.swagger.v3.oas.annotations.media.Schema;
import java.util.List;
import java.util.UUID;
import org.skillsmatrix.api.base.PersonRef;
import org.skillsmatrix.domain.team.TeamDetails;

/** A team with its members and managers, who need not be members. */
@Schema(name = "Team")
record TeamDto(
        UUID id,
        @Schema(example = "Payments") String name,
        List<PersonRef> members,
        List<PersonRef> managers,

        @Schema(description = "Changes with every edit; send it back in If-Match", example = "0")
        long version) {

    static TeamDto of(TeamDetails details) {
        return new TeamDto(
                details.team().id().value(),
                details.team().name(),
                details.members().stream().map(PersonRef::of).toList(),
                details.managers().stream().map(PersonRef::of).toList(),
                details.team().version());
    }
}
