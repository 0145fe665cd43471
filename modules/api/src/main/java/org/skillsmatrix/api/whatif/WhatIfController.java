package org.skillsmatrix.api.whatif;

import static org.skillsmatrix.api.base.ApiPaths.V1;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.skillsmatrix.api.base.Caller;
import org.skillsmatrix.api.base.CallerLanguage;
import org.skillsmatrix.api.base.Download;
import org.skillsmatrix.api.base.Page;
import org.skillsmatrix.api.base.Paging;
import org.skillsmatrix.domain.access.Actor;
import org.skillsmatrix.domain.base.PersonId;
import org.skillsmatrix.domain.base.SkillId;
import org.skillsmatrix.domain.base.TeamId;
import org.skillsmatrix.domain.catalog.BrowseCatalog;
import org.skillsmatrix.domain.notification.ReadNotifications;
import org.skillsmatrix.domain.report.ExportReport;
import org.skillsmatrix.domain.report.ReportFormat;
import org.skillsmatrix.domain.report.ReportRequest;
import org.skillsmatrix.domain.whatif.AnalyseWhatIf;
import org.skillsmatrix.domain.whatif.Change;
import org.skillsmatrix.domain.whatif.FindKnowledgeAtRisk;
import org.skillsmatrix.domain.whatif.PersonAtRisk;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** What if people leave or move (managers for their members, HR for anyone), and knowledge at risk. */
@RestController
@Tag(name = "What if", description = "What breaks if people leave or move team, and whose leaving would cost most")
class WhatIfController {

    private static final String PDF = "application/pdf";

    private final AnalyseWhatIf whatIf;
    private final FindKnowledgeAtRisk knowledgeAtRisk;
    private final BrowseCatalog catalog;
    private final ExportReport export;
    private final Caller caller;
    private final ReadNotifications notifications;

    WhatIfController(
            AnalyseWhatIf whatIf,
            FindKnowledgeAtRisk knowledgeAtRisk,
            BrowseCatalog catalog,
            ExportReport export,
            Caller caller,
            ReadNotifications notifications) {
        this.whatIf = whatIf;
        this.knowledgeAtRisk = knowledgeAtRisk;
        this.catalog = catalog;
        this.export = export;
        this.caller = caller;
        this.notifications = notifications;
    }

    @PostMapping(
            path = V1 + "/what-if",
            consumes = MediaType.APPLICATION_JSON_VALUE,
            produces = {MediaType.APPLICATION_JSON_VALUE, PDF})
    @Operation(
            summary = "What if people leave or move team",
            description =
                    "Nothing is changed by asking. For each team the change touches, and for the organisation"
                            + " (HR only), the figures today and after: targets met, shortfall, single points of failure,"
                            + " skills held by nobody; and each skill whose standing changes. Managers may name members of"
                            + " their teams and move them to teams they manage; HR anyone, to any team. At most "
                            + AnalyseWhatIf.MAX_PEOPLE
                            + " people, each once. With Accept: application/pdf the same answer"
                            + " comes as a PDF report to take to a meeting (what-if_<person or N people>_<date>.pdf), audited"
                            + " as an export, in the caller's language (the one they chose, else Accept-Language's, else English).")
    @ApiResponse(
            responseCode = "200",
            description = "The answer, as JSON or as a PDF",
            content = {
                @Content(
                        mediaType = MediaType.APPLICATION_JSON_VALUE,
                        schema = @Schema(implementation = WhatIfDto.class)),
                @Content(mediaType = PDF, schema = @Schema(type = "string", format = "binary"))
            })
    @Nullable
    ResponseEntity<WhatIfDto> whatIf(
            @Valid @RequestBody WhatIfQuestion question,
            @Parameter(hidden = true) @RequestHeader(name = HttpHeaders.ACCEPT, required = false) @Nullable
                    String accept,
            HttpServletRequest request,
            HttpServletResponse response) {
        var actor = caller.actor();
        var changes = Objects.requireNonNull(question.changes()).stream()
                .map(WhatIfController::change)
                .toList();
        if (!pdfWanted(accept)) {
            return ResponseEntity.ok(WhatIfDto.of(whatIf.ask(actor, changes), skillNames(actor)));
        }
        var language = CallerLanguage.of(notifications, actor, request);
        export.export(actor, new ReportRequest.WhatIf(changes), ReportFormat.PDF, language, Download.to(response));
        // written as it was exported; no body to add
        return null;
    }

    /** Whether the Accept header prefers a PDF to JSON: the first type, by quality, that includes either decides. */
    private static boolean pdfWanted(@Nullable String accept) {
        if (accept == null || accept.isBlank()) {
            return false;
        }
        var types = new ArrayList<>(MediaType.parseMediaTypes(accept));
        types.sort(Comparator.comparingDouble(MediaType::getQualityValue)
                .reversed()
                .thenComparingInt(type -> type.isWildcardType() ? 2 : type.isWildcardSubtype() ? 1 : 0));
        for (var type : types) {
            if (type.getQualityValue() == 0) {
                continue;
            }
            if (type.includes(MediaType.APPLICATION_JSON)) {
                return false;
            }
            if (type.includes(MediaType.APPLICATION_PDF)) {
                return true;
            }
        }
        return false;
    }

    @GetMapping(path = V1 + "/teams/{id}/knowledge-at-risk", produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(
            summary = "A team's knowledge at risk",
            description = "Members whose leaving would break the team's targets (met with nobody to spare) or leave"
                    + " a skill held by nobody, most targets first, then most skills held alone. For the team's"
                    + " managers and HR.")
    List<PersonAtRiskDto> teamKnowledgeAtRisk(@PathVariable UUID id) {
        var actor = caller.actor();
        var risk = knowledgeAtRisk.ofTeam(actor, new TeamId(id));
        var skills = skillNames(actor);
        return risk.people().stream()
                .map(person -> PersonAtRiskDto.of(person, skills, risk.teams()))
                .toList();
    }

    @GetMapping(path = V1 + "/organisation/knowledge-at-risk", produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(
            summary = "The organisation's knowledge at risk (HR)",
            description = "Everyone whose leaving would break a team's target or leave a skill held by nobody in the"
                    + " organisation, a page at a time. Sort key: risk (default: most targets first, then most"
                    + " skills held alone, then by name).")
    Page<PersonAtRiskDto> organisationKnowledgeAtRisk(
            @RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = "" + Paging.DEFAULT_SIZE) int size,
            @RequestParam(required = false) @Nullable String sort) {
        var actor = caller.actor();
        var risk = knowledgeAtRisk.ofOrganisation(actor);
        var skills = skillNames(actor);
        return Paging.sortedBy("risk", PersonAtRisk.MOST_AT_RISK_FIRST.reversed(), Paging.Direction.DESC)
                .page(risk.people(), page, size, sort, person -> PersonAtRiskDto.of(person, skills, risk.teams()));
    }

    private static Change change(WhatIfQuestion.PersonChange change) {
        var person = new PersonId(Objects.requireNonNull(change.person()));
        var team = change.moveTo();
        return team == null ? new Change.Leaves(person) : new Change.MovesTo(person, new TeamId(team));
    }

    private Map<SkillId, String> skillNames(Actor actor) {
        var names = new HashMap<SkillId, String>();
        catalog.read(actor).skills().forEach(skill -> names.put(skill.id(), skill.name()));
        return names;
    }
}
