package org.skillsmatrix.api.audit;

import io.swagger.v3.oas.annotations.media.Schema;
import java.time.Instant;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.skillsmatrix.domain.audit.AuditLine;

/** One recorded change. */
@Schema(name = "AuditEntry")
record AuditEntryDto(
        Instant at,
        @Schema(description = "Who made the change") UUID actor,

        @Schema(description = "Their name, unless nobody by that id is stored", example = "Hannah Hofmann") @Nullable
        String actorName,

        @Schema(
                description =
                        "ratings, targets, people, teams, catalog, imports, sign-in-links, goals, certificates or other",
                example = "people")
        String kind,

        @Schema(example = "person.changed") String action,

        @Schema(description = "The id of what was changed (a person, team, skill, …)")
        String subject,

        @Schema(
                description = "The name of the person it is about, if the subject is a person still stored",
                example = "Ada Lovelace")
        @Nullable
        String subjectName,

        @Schema(example = "Ada Lovelace <ada@example.com>") String detail) {

    static AuditEntryDto of(AuditLine line) {
        var entry = line.entry();
        return new AuditEntryDto(
                entry.at(),
                entry.actor().value(),
                line.actorName(),
                line.kind().code(),
                entry.action(),
                entry.subject(),
                line.subjectName(),
                entry.detail());
    }
}
