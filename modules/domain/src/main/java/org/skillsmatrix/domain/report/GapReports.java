package org.skillsmatrix.domain.report;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.skillsmatrix.domain.access.AccessPolicy;
import org.skillsmatrix.domain.access.Actor;
import org.skillsmatrix.domain.base.CategoryId;
import org.skillsmatrix.domain.base.PersonId;
import org.skillsmatrix.domain.base.SkillId;
import org.skillsmatrix.domain.catalog.Skill;
import org.skillsmatrix.domain.gap.CategoryRollup;
import org.skillsmatrix.domain.gap.OrganisationSkillCoverage;
import org.skillsmatrix.domain.gap.SkillCoverage;
import org.skillsmatrix.domain.people.Person;
import org.skillsmatrix.domain.privacy.PrivacyThreshold;
import org.skillsmatrix.domain.report.trend.AnalyseOrganisationTrend;
import org.skillsmatrix.domain.report.trend.AnalyseTeamTrend;
import org.skillsmatrix.domain.scale.Level;
import org.skillsmatrix.domain.staffing.ProposeStaffing;
import org.skillsmatrix.domain.staffing.StaffingRequest;
import org.skillsmatrix.domain.team.Team;
import org.skillsmatrix.domain.whatif.KnowledgeAtRisk;

/** Assembles gap reports from the coverage read model, with names resolved and categories rolled up. */
final class GapReports {

    private final ReportSources sources;
    private final Headers headers;
    private final PrivacyThreshold privacy;
    private final AccessPolicy policy;

    GapReports(ReportSources sources, Headers headers, PrivacyThreshold privacy, AccessPolicy policy) {
        this.sources = sources;
        this.headers = headers;
        this.privacy = privacy;
        this.policy = policy;
    }

    TeamGapReport ofTeam(Actor actor, Team team) {
        var labels = SkillLabels.of(sources.catalog(), headers.catalogTexts());
        var coverage = sources.coverage().ofTeam(team.id()).stream()
                .sorted(SkillCoverage.RISKIEST_FIRST)
                .toList();
        var soleHolders = sources.people()
                .byIds(coverage.stream()
                        .map(SkillCoverage::soleHolder)
                        .filter(Objects::nonNull)
                        .toList());
        var skills = new ArrayList<TeamGapReport.SkillGap>();
        for (var skill : coverage) {
            labels.label(skill.skill())
                    .ifPresent(label -> skills.add(new TeamGapReport.SkillGap(
                            label,
                            skill.countingLevel(),
                            skill.required(),
                            skill.holders(),
                            skill.shortfall(),
                            nameOf(soleHolders, skill.soleHolder()))));
        }
        List<Skill> catalogSkills = sources.catalog().skills();
        Map<CategoryId, String> categoryNames = new HashMap<>();
        sources.catalog()
                .categories()
                .forEach(category -> categoryNames.put(
                        category.id(), headers.catalogTexts().of(category).name()));
        var categories = CategoryRollup.of(coverage, catalogSkills).stream()
                .map(rollup -> new TeamGapReport.CategoryGap(
                        categoryNames.getOrDefault(rollup.category(), ""),
                        rollup.skills(),
                        rollup.targets(),
                        rollup.targetsMet(),
                        rollup.shortfall(),
                        rollup.singlePointsOfFailure(),
                        rollup.uncovered()))
                .toList();
        int members = (int) sources.people().byIds(team.members()).values().stream()
                .filter(Person::active)
                .count();
        var filters = List.of(
                headers.filter("team", team.name()),
                headers.filter("members", headers.text("filter.members.value", members)),
                headers.filter("holders", headers.text("filter.holders.team", Level.HOLDS_SKILL.value())));
        var header = headers.header(actor, headers.text("title.team-gaps", team.name()), filters);
        var trend = AnalyseTeamTrend.of(
                team, sources.people(), sources.targets(), sources.catalog(), sources.assessments(), headers.today());
        return new TeamGapReport(
                header,
                team.name(),
                members,
                skills,
                categories,
                atRisk(team, coverage, labels),
                GapTrend.of(trend.points(), categoryNames, headers.text("period.now")),
                filling(actor, team, coverage, labels),
                certifications(team));
    }

    /** The team's certification targets, counted over its active members. */
    private List<TeamGapReport.CertificationGap> certifications(Team team) {
        var active = sources.people().byIds(team.members()).values().stream()
                .filter(Person::active)
                .map(Person::id)
                .collect(Collectors.toSet());
        return sources.certificationHolders().coverageOf(team.id(), active).stream()
                .map(covered -> new TeamGapReport.CertificationGap(
                        covered.certification().name(),
                        covered.required(),
                        covered.holders(),
                        covered.lapsed(),
                        covered.shortfall()))
                .toList();
    }

    /**
     * Staffing's proposal for the team's shortfalls, from people outside the team; named as staffing names them
     * (the access policy's one rule for a search by skill).
     */
    private TeamGapReport.Filling filling(Actor actor, Team team, List<SkillCoverage> coverage, SkillLabels labels) {
        var request = StaffingRequest.toFill(coverage, team.members());
        if (request.needs().isEmpty()) {
            return TeamGapReport.Filling.NOTHING_SHORT;
        }
        var staffing = new ProposeStaffing(sources.staffingCandidates(), sources.catalog(), sources.teams(), policy)
                .propose(actor, request);
        var proposed = new ArrayList<TeamGapReport.Filler>();
        for (var person : staffing.proposed()) {
            var fills = new ArrayList<TeamGapReport.FilledSkill>();
            for (var covered : person.covers()) {
                labels.label(covered.skill())
                        .ifPresent(label -> fills.add(new TeamGapReport.FilledSkill(label, covered.level())));
            }
            proposed.add(new TeamGapReport.Filler(person.name(), person.teams(), fills));
        }
        var open = new ArrayList<TeamGapReport.OpenPlaces>();
        for (var need : staffing.needs()) {
            if (need.uncovered() > 0) {
                labels.label(need.need().skill())
                        .ifPresent(label -> open.add(
                                new TeamGapReport.OpenPlaces(label, need.need().minimum(), need.uncovered())));
            }
        }
        return new TeamGapReport.Filling(proposed, staffing.proposedNotShown(), open);
    }

    /** The team's knowledge at risk, ranked as {@link KnowledgeAtRisk#ranked} ranks it. */
    private List<TeamGapReport.MemberAtRisk> atRisk(Team team, List<SkillCoverage> coverage, SkillLabels labels) {
        var holdings = sources.coverage().criticalHoldings(team.id());
        var soleHeld = new LinkedHashMap<PersonId, List<SkillId>>();
        for (var skill : coverage) {
            var sole = skill.soleHolder();
            if (sole != null) {
                soleHeld.computeIfAbsent(sole, person -> new ArrayList<>()).add(skill.skill());
            }
        }
        var names = new HashMap<PersonId, String>();
        sources.people()
                .byIds(KnowledgeAtRisk.people(holdings, soleHeld))
                .values()
                .forEach(person -> names.put(person.id(), person.name()));
        Function<SkillId, String> skillName =
                skill -> labels.label(skill).map(SkillLabel::name).orElse("");
        return KnowledgeAtRisk.ranked(holdings, soleHeld, names).stream()
                .map(person -> new TeamGapReport.MemberAtRisk(
                        person.name(),
                        person.targets().stream()
                                .map(holding -> skillName.apply(holding.skill()))
                                .toList(),
                        person.soleHeld().stream().map(skillName).toList()))
                .toList();
    }

    OrganisationGapReport ofOrganisation(Actor actor) {
        var labels = SkillLabels.of(sources.catalog(), headers.catalogTexts());
        var coverage = sources.coverage().ofOrganisation().stream()
                .sorted(OrganisationSkillCoverage.RISKIEST_FIRST)
                .toList();
        var soleHolders = sources.people()
                .byIds(coverage.stream()
                        .map(OrganisationSkillCoverage::soleHolder)
                        .filter(Objects::nonNull)
                        .toList());
        var skills = new ArrayList<OrganisationGapReport.SkillGap>();
        Map<String, int[]> sums = new LinkedHashMap<>();
        labels.activeCategories().forEach(category -> sums.put(category, new int[5]));
        for (var skill : coverage) {
            var label = labels.label(skill.skill()).orElse(null);
            if (label == null) {
                continue;
            }
            skills.add(new OrganisationGapReport.SkillGap(
                    label,
                    privacy.count(skill.holders()),
                    nameOf(soleHolders, skill.soleHolder()),
                    skill.teamsWithTarget(),
                    skill.teamsShort(),
                    skill.shortfall()));
            var sum = sums.computeIfAbsent(label.category(), category -> new int[5]);
            sum[0]++;
            sum[1] += skill.teamsShort();
            sum[2] += skill.shortfall();
            sum[3] += skill.singlePointOfFailure() ? 1 : 0;
            sum[4] += skill.holders() == 0 ? 1 : 0;
        }
        var categories = new ArrayList<OrganisationGapReport.CategoryGap>();
        sums.forEach((category, s) -> {
            if (s[0] > 0) {
                categories.add(new OrganisationGapReport.CategoryGap(category, s[0], s[1], s[2], s[3], s[4]));
            }
        });
        int activePeople = (int) sources.people().countActive();
        int teams = sources.teams().all().size();
        var filters = new ArrayList<>(List.of(
                headers.filter("scope", headers.text("filter.scope.organisation")),
                headers.filter("people", headers.text("filter.people.organisation", activePeople, teams)),
                headers.filter("holders", headers.text("filter.holders.organisation", Level.HOLDS_SKILL.value()))));
        if (privacy.hidesAny()) {
            filters.add(headers.privacyFilter(privacy));
        }
        var header = headers.header(actor, headers.text("title.organisation-gaps"), filters);
        Map<CategoryId, String> categoryNames = new HashMap<>();
        sources.catalog()
                .categories()
                .forEach(category -> categoryNames.put(
                        category.id(), headers.catalogTexts().of(category).name()));
        var trend = AnalyseOrganisationTrend.of(
                sources.targetHolders(), sources.levelCounts(), sources.catalog(), headers.today());
        return new OrganisationGapReport(
                header,
                activePeople,
                teams,
                skills,
                categories,
                GapTrend.of(trend.points(), categoryNames, headers.text("period.now")));
    }

    /** The sole holder's name, or their id where they are no longer stored. */
    private static @Nullable String nameOf(Map<PersonId, Person> soleHolders, @Nullable PersonId person) {
        if (person == null) {
            return null;
        }
        var holder = soleHolders.get(person);
        return holder == null ? person.toString() : holder.name();
    }
}
