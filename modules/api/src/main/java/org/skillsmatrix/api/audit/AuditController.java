package org.skillsmatrix.api.audit;

import static org.skillsmatrix.api.base.ApiPaths.V1;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.UUID;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.skillsmatrix.api.base.Caller;
import org.skillsmatrix.api.base.Download;
import org.skillsmatrix.api.base.FieldProblem;
import org.skillsmatrix.api.base.InvalidRequest;
import org.skillsmatrix.api.base.Page;
import org.skillsmatrix.api.base.Paging;
import org.skillsmatrix.api.base.StoredPaging;
import org.skillsmatrix.domain.audit.AuditFilter;
import org.skillsmatrix.domain.audit.AuditKind;
import org.skillsmatrix.domain.audit.AuditOrder;
import org.skillsmatrix.domain.audittrail.ReadAuditTrail;
import org.skillsmatrix.domain.base.PersonId;
import org.skillsmatrix.domain.base.TeamId;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The audit trail: HR and admins read who changed what and when, filtered, a page at a time or as CSV; a person,
 * HR and admins read what was recorded about that person.
 */
@RestController
@Tag(name = "Audit trail", description = "Who changed what, and when")
class AuditController {

    private static final StoredPaging<AuditOrder> ENTRIES =
            StoredPaging.sortedBy("at", AuditOrder.AT, Paging.Direction.DESC);

    private final ReadAuditTrail trail;
    private final Caller caller;

    AuditController(ReadAuditTrail trail, Caller caller) {
        this.trail = trail;
        this.caller = caller;
    }

    @GetMapping(path = V1 + "/audit", produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(
            summary = "The audit trail (HR and admins)",
            description = "Newest first (sort=at,asc for the oldest first). Filters: a person (changes about them or"
                    + " made by them), a team (the team and its targets), a kind, and a time range from (inclusive)"
                    + " until (exclusive), each an instant such as 2026-05-01T00:00:00Z.")
    Page<AuditEntryDto> entries(
            @Parameter(description = "A person's id") @RequestParam(required = false) @Nullable UUID person,
            @Parameter(description = "A team's id") @RequestParam(required = false) @Nullable UUID team,
            @Parameter(description = KINDS) @RequestParam(required = false) @Nullable String kind,
            @RequestParam(required = false) @Nullable String from,
            @RequestParam(required = false) @Nullable String until,
            @RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = "" + Paging.DEFAULT_SIZE) int size,
            @RequestParam(required = false) @Nullable String sort) {
        var request = ENTRIES.request(page, size, sort);
        var read = trail.page(caller.actor(), filter(person, team, kind, from, until), request);
        return StoredPaging.page(read, request, AuditEntryDto::of);
    }

    @GetMapping(path = V1 + "/audit/export")
    @Operation(
            summary = "The audit trail as CSV (HR and admins)",
            description = "The entries the same filters let through, newest first, up to the moment of the request:"
                    + " at, actor_id, actor, kind, action, subject, about (the name of the person it is about), detail."
                    + " Written as it is read.")
    @ApiResponse(
            responseCode = "200",
            description = "The CSV file",
            content = @Content(mediaType = "text/csv", schema = @Schema(type = "string", format = "binary")))
    void export(
            @RequestParam(required = false) @Nullable UUID person,
            @RequestParam(required = false) @Nullable UUID team,
            @RequestParam(required = false) @Nullable String kind,
            @RequestParam(required = false) @Nullable String from,
            @RequestParam(required = false) @Nullable String until,
            HttpServletResponse response)
            throws IOException {
        var actor = caller.actor();
        var filter = filter(person, team, kind, from, until);
        trail.export(actor, filter, Download.start(response, "text/csv;charset=UTF-8", trail.exportFileName()));
    }

    @GetMapping(path = V1 + "/people/{id}/audit", produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(
            summary = "What was recorded about a person, and by whom",
            description =
                    "For the person themselves, their managers, HR and admins; newest first. Filters: a kind and a time range,"
                            + " as for the audit trail.")
    Page<AuditEntryDto> about(
            @PathVariable UUID id,
            @Parameter(description = KINDS) @RequestParam(required = false) @Nullable String kind,
            @RequestParam(required = false) @Nullable String from,
            @RequestParam(required = false) @Nullable String until,
            @RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = "" + Paging.DEFAULT_SIZE) int size,
            @RequestParam(required = false) @Nullable String sort) {
        var request = ENTRIES.request(page, size, sort);
        var read = trail.about(caller.actor(), new PersonId(id), filter(null, null, kind, from, until), request);
        return StoredPaging.page(read, request, AuditEntryDto::of);
    }

    private static final String KINDS =
            "ratings, targets, people, teams, catalog, imports, sign-in-links, goals, certificates or other";

    private static AuditFilter filter(
            @Nullable UUID person,
            @Nullable UUID team,
            @Nullable String kind,
            @Nullable String from,
            @Nullable String until) {
        var problems = new java.util.ArrayList<FieldProblem>();
        var start = instant("from", from, problems);
        var end = instant("until", until, problems);
        AuditKind chosen = null;
        if (kind != null && !kind.isBlank()) {
            chosen = Arrays.stream(AuditKind.values())
                    .filter(candidate -> candidate.code().equals(kind.strip()))
                    .findFirst()
                    .orElse(null);
            if (chosen == null) {
                problems.add(FieldProblem.of(
                        "kind",
                        "must be one of "
                                + Arrays.stream(AuditKind.values())
                                        .map(AuditKind::code)
                                        .collect(Collectors.joining(", "))));
            }
        }
        if (!problems.isEmpty()) {
            throw new InvalidRequest("The filters are invalid", problems);
        }
        return new AuditFilter(
                person == null ? null : new PersonId(person),
                false,
                team == null ? null : new TeamId(team),
                chosen,
                start,
                end);
    }

    private static @Nullable Instant instant(
            String field, @Nullable String text, java.util.List<FieldProblem> problems) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return Instant.parse(text.strip());
        } catch (DateTimeParseException e) {
            problems.add(FieldProblem.of(field, "must be an instant such as 2026-05-01T00:00:00Z"));
            return null;
        }
    }
}
