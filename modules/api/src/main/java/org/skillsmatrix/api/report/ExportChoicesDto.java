package org.skillsmatrix.api.report;

import io.swagger.v3.oas.annotations.media.Schema;
import java.util.List;
import java.util.UUID;
import org.skillsmatrix.api.base.PersonRef;
import org.skillsmatrix.domain.report.ExportChoices;

/** What the caller may export, as the access rules decide it. */
@Schema(name = "ExportChoices")
record ExportChoicesDto(
        @Schema(
                description = "Whether organisation-wide reports: every team's matrix, the organisation's gaps,"
                        + " coverage")
        boolean organisation,

        @Schema(description = "The teams whose matrix and gap report")
        List<TeamRef> teams,

        @Schema(description = "The people whose profile") List<PersonRef> people) {

    static ExportChoicesDto of(ExportChoices choices) {
        return new ExportChoicesDto(
                choices.organisation(),
                choices.teams().stream()
                        .map(team -> new TeamRef(team.id().value(), team.name()))
                        .toList(),
                choices.people().stream().map(PersonRef::of).toList());
    }

    @Schema(name = "TeamRef")
    record TeamRef(UUID id, @Schema(example = "Payments") String name) {}
}
