package org.skillsmatrix.api.report;

import static org.skillsmatrix.api.base.ApiPaths.V1;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.skillsmatrix.api.base.Caller;
import org.skillsmatrix.api.base.CallerLanguage;
import org.skillsmatrix.api.base.Download;
import org.skillsmatrix.api.base.FieldProblem;
import org.skillsmatrix.api.base.InvalidRequest;
import org.skillsmatrix.api.base.NotAcceptable;
import org.skillsmatrix.domain.base.NotFound;
import org.skillsmatrix.domain.base.PersonId;
import org.skillsmatrix.domain.base.TeamId;
import org.skillsmatrix.domain.notification.ReadNotifications;
import org.skillsmatrix.domain.report.ExportReport;
import org.skillsmatrix.domain.report.ReportFormat;
import org.skillsmatrix.domain.report.ReportRequest;
import org.springframework.http.HttpHeaders;
import org.springframework.http.InvalidMediaTypeException;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Reports as files: HR exports everything, a manager the teams they manage and their members' profiles, an
 * employee their own profile. The file streams as it is written, named after what and when.
 */
@RestController
@Tag(name = "Reports", description = "Reports as XLSX, CSV or PDF files")
class ReportController {

    static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    /** Report kinds as the path names them. */
    enum Kind {
        MATRIX,
        TEAM_GAPS,
        ORGANISATION_GAPS,
        PROFILE,
        COVERAGE;

        String path() {
            return name().toLowerCase(Locale.ROOT).replace('_', '-');
        }

        static Kind of(String path) {
            return Arrays.stream(values())
                    .filter(kind -> kind.path().equals(path))
                    .findFirst()
                    .orElseThrow(() -> new NotFound("Report", path));
        }
    }

    private final ExportReport export;
    private final Caller caller;
    private final ReadNotifications notifications;

    ReportController(ExportReport export, Caller caller, ReadNotifications notifications) {
        this.export = export;
        this.caller = caller;
        this.notifications = notifications;
    }

    @GetMapping(path = V1 + "/reports", produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "What the caller may export")
    ExportChoicesDto choices() {
        return ExportChoicesDto.of(export.choices(caller.actor()));
    }

    @GetMapping(path = V1 + "/reports/{kind}")
    @Operation(
            summary = "A report as a file",
            description =
                    "Kinds: matrix (team=… once or more, or none for every team: HR), team-gaps (team=…),"
                            + " organisation-gaps (HR), profile (person=…), coverage (quarters=0…12, default 4: HR). The"
                            + " format comes from the format parameter (xlsx, csv, csv-excel, pdf), else from the Accept"
                            + " header (XLSX, text/csv or application/pdf), else XLSX. The file name in Content-Disposition"
                            + " says what and when, e.g. skills-matrix_payments_2026-11-21.xlsx. A PDF or workbook is written in"
                            + " the caller's language: the one they chose, else the Accept-Language header's, else English"
                            + " (English where the reports have no texts in it); a CSV is always in English, for other systems.")
    @ApiResponse(
            responseCode = "200",
            description = "The file",
            content = {
                @Content(mediaType = XLSX, schema = @Schema(type = "string", format = "binary")),
                @Content(mediaType = "text/csv", schema = @Schema(type = "string", format = "binary")),
                @Content(mediaType = "application/pdf", schema = @Schema(type = "string", format = "binary"))
            })
    @ApiResponse(responseCode = "406", description = "The Accept header allows none of the report formats")
    @ApiResponse(
            responseCode = "503",
            description =
                    "As many reports are being exported as may run at once; try again after Retry-After" + " seconds",
            content = @Content(mediaType = "application/problem+json", schema = @Schema(ref = "Problem")))
    void report(
            @Parameter(description = "matrix, team-gaps, organisation-gaps, profile or coverage", example = "team-gaps")
                    @PathVariable
                    String kind,
            @Parameter(description = "A team's id; repeat for several (matrix)")
                    @RequestParam(required = false)
                    @Nullable
                    List<UUID> team,
            @Parameter(description = "A person's id (profile)") @RequestParam(required = false) @Nullable UUID person,
            @Parameter(description = "How many past quarters (coverage), 0 to 12", example = "4")
                    @RequestParam(required = false)
                    @Nullable
                    Integer quarters,
            @Parameter(description = "xlsx, csv, csv-excel or pdf; wins over Accept", example = "xlsx")
                    @RequestParam(required = false)
                    @Nullable
                    String format,
            @Parameter(hidden = true) @RequestHeader(name = HttpHeaders.ACCEPT, required = false) @Nullable
                    String accept,
            HttpServletRequest httpRequest,
            HttpServletResponse response) {
        var request = request(Kind.of(kind), team == null ? List.of() : team, person, quarters);
        var reportFormat = format(format, accept);
        var actor = caller.actor();
        var language = CallerLanguage.of(notifications, actor, httpRequest);
        export.export(actor, request, reportFormat, language, Download.to(response));
    }

    private static ReportRequest request(
            Kind kind, List<UUID> teams, @Nullable UUID person, @Nullable Integer quarters) {
        return switch (kind) {
            case MATRIX ->
                new ReportRequest.Matrix(teams.stream().map(TeamId::new).toList());
            case TEAM_GAPS -> {
                if (teams.size() != 1) {
                    throw InvalidRequest.of("team", "name exactly one team");
                }
                yield new ReportRequest.TeamGaps(new TeamId(teams.getFirst()));
            }
            case ORGANISATION_GAPS -> new ReportRequest.OrganisationGaps();
            case PROFILE -> {
                if (person == null) {
                    throw InvalidRequest.of("person", "is required");
                }
                yield new ReportRequest.Profile(new PersonId(person));
            }
            case COVERAGE ->
                new ReportRequest.Coverage(quarters == null ? ReportRequest.Coverage.DEFAULT_QUARTERS : quarters);
        };
    }

    /** The format asked for by parameter, else the first of the Accept header's that a report comes in. */
    static ReportFormat format(@Nullable String parameter, @Nullable String accept) {
        if (parameter != null) {
            return switch (parameter.strip().toLowerCase(Locale.ROOT)) {
                case "xlsx" -> ReportFormat.XLSX;
                case "csv" -> ReportFormat.CSV;
                case "csv-excel" -> ReportFormat.CSV_EXCEL;
                case "pdf" -> ReportFormat.PDF;
                default ->
                    throw new InvalidRequest(
                            "The format is not one a report comes in",
                            List.of(FieldProblem.of("format", "must be one of xlsx, csv, csv-excel, pdf")));
            };
        }
        if (accept == null || accept.isBlank()) {
            return ReportFormat.XLSX;
        }
        List<MediaType> accepted;
        try {
            accepted = MediaType.parseMediaTypes(accept);
        } catch (InvalidMediaTypeException e) {
            throw InvalidRequest.of(HttpHeaders.ACCEPT, "is not a valid Accept header");
        }
        var preferred = new java.util.ArrayList<>(accepted);
        preferred.sort(java.util.Comparator.comparingDouble(MediaType::getQualityValue)
                .reversed()
                .thenComparingInt(type -> type.isWildcardType() ? 2 : type.isWildcardSubtype() ? 1 : 0));
        for (var type : preferred) {
            if (type.getQualityValue() == 0) {
                continue;
            }
            for (var candidate : List.of(ReportFormat.XLSX, ReportFormat.CSV, ReportFormat.PDF)) {
                if (type.includes(MediaType.parseMediaType(candidate.mediaType()))) {
                    return candidate;
                }
            }
        }
        throw new NotAcceptable("Reports come as "
                + Arrays.stream(new String[] {XLSX, "text/csv", "application/pdf"})
                        .collect(Collectors.joining(", "))
                + ", which the Accept header does not allow; or name one with format=xlsx, csv, csv-excel or pdf");
    }
}
