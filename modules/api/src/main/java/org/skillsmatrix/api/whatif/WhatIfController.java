package org.skillsmatrix.api.whatif;

import static org.skillsmatrix.api.base.ApiPaths.V1;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.skillsmatrix.api.base.Caller;
import org.skillsmatrix.api.base.Page;
import org.skillsmatrix.api.base.Paging;
import org.skillsmatrix.domain.access.Actor;
import org.skillsmatrix.domain.base.PersonId;
import org.skillsmatrix.domain.base.SkillId;
import org.skillsmatrix.domain.base.TeamId;
import org.skillsmatrix.domain.catalog.BrowseCatalog;
import org.skillsmatrix.domain.whatif.AnalyseWhatIf;
import org.skillsmatrix.domain.whatif.Change;
import org.skillsmatrix.domain.whatif.FindKnowledgeAtRisk;
import org.skillsmatrix.domain.whatif.PersonAtRisk;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** What if people leave or move (managers for their members, HR for anyone), and knowledge at risk. */
@RestController
@Tag(name = "What if", description = "What breaks if people leave or move team, and whose leaving would cost most")
class WhatIfController {

    private final AnalyseWhatIf whatIf;
    private final FindKnowledgeAtRisk knowledgeAtRisk;
    private final BrowseCatalog catalog;
    private final Caller caller;

    WhatIfController(AnalyseWhatIf whatIf, FindKnowledgeAtRisk knowledgeAtRisk, BrowseCatalog catalog, Caller caller) {
        this.whatIf = whatIf;
        this.knowledgeAtRisk = knowledgeAtRisk;
        this.catalog = catalog;
        this.caller = caller;
    }

    @PostMapping(
            path = V1 + "/what-if",
            consumes = MediaType.APPLICATION_JSON_VALUE,
            produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(
            summary = "What if people leave or move team",
            description = "Nothing is changed by asking. For each team the change touches, and for the organisation"
                    + " (HR only), the figures today and after: targets met, shortfall, single points of failure,"
                    + " skills held by nobody; and each skill whose standing changes. Managers may name members of"
                    + " their teams and move them to teams they manage; HR anyone, to any team. At most "
                    + AnalyseWhatIf.MAX_PEOPLE + " people, each once.")
    WhatIfDto whatIf(@Valid @RequestBody WhatIfQuestion question) {
        var actor = caller.actor();
        var changes = Objects.requireNonNull(question.changes()).stream()
                .map(WhatIfController::change)
                .toList();
        return WhatIfDto.of(whatIf.ask(actor, changes), skillNames(actor));
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
