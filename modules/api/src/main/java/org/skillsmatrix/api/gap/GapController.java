package org.skillsmatrix.api.gap;

import static org.skillsmatrix.api.base.ApiPaths.V1;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.skillsmatrix.api.base.Caller;
import org.skillsmatrix.api.base.Page;
import org.skillsmatrix.api.base.Paging;
import org.skillsmatrix.domain.access.Actor;
import org.skillsmatrix.domain.base.CategoryId;
import org.skillsmatrix.domain.base.PersonId;
import org.skillsmatrix.domain.base.SkillId;
import org.skillsmatrix.domain.base.TeamId;
import org.skillsmatrix.domain.catalog.BrowseCatalog;
import org.skillsmatrix.domain.gap.AnalyseOrganisationGaps;
import org.skillsmatrix.domain.gap.AnalysePersonGaps;
import org.skillsmatrix.domain.gap.AnalyseTeamGaps;
import org.skillsmatrix.domain.gap.OrganisationSkillCoverage;
import org.skillsmatrix.domain.report.trend.AnalyseOrganisationTrend;
import org.skillsmatrix.domain.report.trend.AnalyseTeamTrend;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Gap analysis for a team (its managers, HR), the organisation (HR) and a person (themselves, managers, HR). */
@RestController
@Tag(name = "Gaps", description = "Coverage against targets, bus factor, and gaps against role profiles")
class GapController {

    private final AnalyseTeamGaps teamGaps;
    private final AnalyseOrganisationGaps organisationGaps;
    private final AnalysePersonGaps personGaps;
    private final AnalyseTeamTrend teamTrend;
    private final AnalyseOrganisationTrend organisationTrend;
    private final BrowseCatalog catalog;
    private final Caller caller;

    GapController(
            AnalyseTeamGaps teamGaps,
            AnalyseOrganisationGaps organisationGaps,
            AnalysePersonGaps personGaps,
            AnalyseTeamTrend teamTrend,
            AnalyseOrganisationTrend organisationTrend,
            BrowseCatalog catalog,
            Caller caller) {
        this.teamGaps = teamGaps;
        this.organisationGaps = organisationGaps;
        this.personGaps = personGaps;
        this.teamTrend = teamTrend;
        this.organisationTrend = organisationTrend;
        this.catalog = catalog;
        this.caller = caller;
    }

    @GetMapping(path = V1 + "/teams/{id}/gaps", produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(
            summary = "A team's gaps",
            description = "Every active skill, riskiest first (largest shortfall, then targeted skills, then fewest"
                    + " holders), with the bus factor and single points of failure, and the roll-up per category.")
    TeamGapsDto team(@PathVariable UUID id) {
        var actor = actor();
        var gaps = teamGaps.analyse(actor, new TeamId(id));
        return TeamGapsDto.of(gaps, skillNames(actor));
    }

    @GetMapping(path = V1 + "/teams/{id}/gaps/trend", produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(
            operationId = "teamGapTrend",
            summary = "How a team's gaps developed",
            description = "Targets met, single points of failure and each category's targets met at the end of each"
                    + " of the last eight quarters and now: the team as it is today (its active members and its"
                    + " targets, the catalog's active skills) with the members' ratings as they stood when the day"
                    + " after the quarter began (UTC). For the team's managers and HR.")
    TeamTrendDto teamTrend(@PathVariable UUID id) {
        var actor = actor();
        var trend = teamTrend.analyse(actor, new TeamId(id));
        return TeamTrendDto.of(trend, categoryNames(actor));
    }

    @GetMapping(path = V1 + "/organisation/gaps/trend", produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(
            operationId = "organisationGapTrend",
            summary = "How the organisation's gaps developed (HR)",
            description = "At the end of each of the last eight quarters and now: every team's targets met by its"
                    + " members of today (summed, and per category), and the active skills exactly one active person"
                    + " holds at Proficient or above, with the ratings as they stood when the day after the quarter"
                    + " began (UTC).")
    OrganisationTrendDto organisationTrend() {
        var actor = actor();
        return OrganisationTrendDto.of(organisationTrend.analyse(actor), categoryNames(actor));
    }

    private Map<CategoryId, String> categoryNames(Actor actor) {
        var names = new HashMap<CategoryId, String>();
        catalog.read(actor).categories().forEach(category -> names.put(category.id(), category.name()));
        return names;
    }

    @GetMapping(path = V1 + "/organisation/gaps", produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(
            summary = "The organisation's gaps (HR)",
            description = "Coverage of every active skill across all teams. Sort keys: risk (default: largest"
                    + " shortfall, most teams short, fewest holders first), holders, skill (by name). A count of"
                    + " holders below the privacy threshold (skills-matrix.privacy.minimum-group, 5 by default) is"
                    + " not given: holders is none and holdersFewerThan says below what; a sole holder is still"
                    + " named, as HR may read everyone's ratings.")
    Page<OrganisationCoverageDto> organisation(
            @RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = "" + Paging.DEFAULT_SIZE) int size,
            @RequestParam(required = false) @Nullable String sort) {
        var actor = actor();
        var gaps = organisationGaps.analyse(actor);
        var coverage = gaps.skills();
        var names = skillNames(actor);
        var paging = Paging.sortedBy("risk", OrganisationSkillCoverage.RISKIEST_FIRST.reversed(), Paging.Direction.DESC)
                .or(
                        "holders",
                        Comparator.comparingDouble(skill -> gaps.holders(skill).order()))
                .or(
                        "skill",
                        Comparator.comparing(
                                skill -> names.getOrDefault(skill.skill(), ""), String.CASE_INSENSITIVE_ORDER));
        return paging.page(
                coverage,
                page,
                size,
                sort,
                skill -> OrganisationCoverageDto.of(skill, gaps.holders(skill), names.getOrDefault(skill.skill(), "")));
    }

    @GetMapping(path = V1 + "/people/{id}/gaps", produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(
            summary = "A person's gaps against their role profile",
            description = "For the person, their managers and HR.")
    PersonGapsDto person(@PathVariable UUID id) {
        var actor = actor();
        return PersonGapsDto.of(personGaps.analyse(actor, new PersonId(id)), skillNames(actor));
    }

    private Map<SkillId, String> skillNames(Actor actor) {
        var names = new HashMap<SkillId, String>();
        catalog.read(actor).skills().forEach(skill -> names.put(skill.id(), skill.name()));
        return names;
    }

    private Actor actor() {
        return caller.actor();
    }
}
