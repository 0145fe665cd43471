package org.skillsmatrix.domain.report;

import java.util.ArrayList;
import java.util.List;
import org.skillsmatrix.domain.access.Actor;
import org.skillsmatrix.domain.base.PersonId;
import org.skillsmatrix.domain.base.SkillId;
import org.skillsmatrix.domain.base.TeamId;
import org.skillsmatrix.domain.gap.SkillCoverage;
import org.skillsmatrix.domain.report.ReportHeader.Filter;
import org.skillsmatrix.domain.report.WhatIfReport.OrganisationPart;
import org.skillsmatrix.domain.report.WhatIfReport.OrganisationSkill;
import org.skillsmatrix.domain.report.WhatIfReport.TeamCertification;
import org.skillsmatrix.domain.report.WhatIfReport.TeamPart;
import org.skillsmatrix.domain.report.WhatIfReport.TeamSkill;
import org.skillsmatrix.domain.scale.Level;
import org.skillsmatrix.domain.team.Team;
import org.skillsmatrix.domain.whatif.Change;
import org.skillsmatrix.domain.whatif.OrganisationSkillChange;
import org.skillsmatrix.domain.whatif.TeamCertificationChange;
import org.skillsmatrix.domain.whatif.TeamSkillChange;
import org.skillsmatrix.domain.whatif.WhatIf;

/** Puts a what-if answer into words and names for a report: the same facts the what-if view states. */
final class WhatIfReports {

    private final ReportSources sources;
    private final Headers headers;

    WhatIfReports(ReportSources sources, Headers headers) {
        this.sources = sources;
        this.headers = headers;
    }

    WhatIfReport of(Actor actor, WhatIf answer) {
        var filters = new ArrayList<Filter>();
        filters.add(headers.filter("nothing-changed", headers.text("filter.nothing-changed.value")));
        var asked = answer.organisation();
        if (asked != null && asked.privacy().hidesAny()) {
            filters.add(headers.privacyFilter(asked.privacy()));
        }
        var header = headers.header(actor, headers.text("title.what-if"), filters);
        var labels = SkillLabels.of(sources.catalog(), headers.catalogTexts());
        var question = answer.changes().stream()
                .map(change -> sentence(change, answer))
                .toList();
        var teams = new ArrayList<TeamPart>();
        for (var team : answer.teams()) {
            var skills = team.skills().stream()
                    .map(change -> new TeamSkill(
                            label(labels, change.skill()),
                            change.after().countingLevel(),
                            change.after().required(),
                            change.before().holders(),
                            change.after().holders(),
                            String.join("; ", facts(change, answer, header))))
                    .toList();
            var certifications = team.certifications().stream()
                    .map(change -> new TeamCertification(
                            change.certification().name(),
                            change.after().required(),
                            change.before().holders(),
                            change.after().holders(),
                            fact(change)))
                    .toList();
            teams.add(new TeamPart(team.team().name(), team.before(), team.after(), skills, certifications));
        }
        OrganisationPart organisation = null;
        var outcome = answer.organisation();
        if (outcome != null) {
            var skills = outcome.skills().stream()
                    .map(change -> new OrganisationSkill(
                            label(labels, change.skill()),
                            outcome.holders(change.before()),
                            outcome.holders(change.after()),
                            change.before().teamsShort(),
                            change.after().teamsShort(),
                            String.join("; ", facts(change, answer, header))))
                    .toList();
            organisation = new OrganisationPart(outcome.before(), outcome.after(), skills, outcome.privacy());
        }
        return new WhatIfReport(header, question, teams, answer.teamsNotShown(), organisation);
    }

    private String sentence(Change change, WhatIf answer) {
        var name = answer.names().getOrDefault(change.person(), change.person().toString());
        return switch (change) {
            case Change.Leaves ignored -> headers.text("what-if.leaves", name);
            case Change.MovesTo(PersonId person, TeamId team) ->
                headers.text(
                        "what-if.moves",
                        name,
                        sources.teams().byId(team).map(Team::name).orElse(team.toString()));
        };
    }

    private List<String> facts(TeamSkillChange change, WhatIf answer, ReportHeader header) {
        var facts = new ArrayList<String>();
        var before = change.before();
        var after = change.after();
        var level = level(after.countingLevel(), header);
        if (change.targetBroken()) {
            facts.add(headers.text(
                    "what-if.change.target-broken", after.holders(), after.required(), level, before.holders()));
        } else if (change.targetFixed()) {
            facts.add(headers.text(
                    "what-if.change.target-fixed", after.holders(), after.required(), level, before.holders()));
        } else if (before.shortfall() != after.shortfall()) {
            facts.add(headers.text("what-if.change.shortfall", before.shortfall(), after.shortfall()));
        }
        if (change.becomesHeldByNobody()) {
            facts.add(headers.text("what-if.change.held-by-nobody", level));
        } else if (change.becomesSinglePoint()) {
            facts.add(headers.text("what-if.change.single-point", sole(after, answer), level));
        } else if (before.singlePointOfFailure() || before.uncovered()) {
            facts.add(headers.text("what-if.change.holders", before.holders(), after.holders()));
        }
        return facts;
    }

    private String fact(TeamCertificationChange change) {
        var before = change.before();
        var after = change.after();
        if (change.targetBroken()) {
            return headers.text(
                    "what-if.change.certification-broken", after.holders(), after.required(), before.holders());
        }
        if (change.targetFixed()) {
            return headers.text(
                    "what-if.change.certification-fixed", after.holders(), after.required(), before.holders());
        }
        return headers.text("what-if.change.shortfall", before.shortfall(), after.shortfall());
    }

    private List<String> facts(OrganisationSkillChange change, WhatIf answer, ReportHeader header) {
        var facts = new ArrayList<String>();
        var before = change.before();
        var after = change.after();
        if (before.teamsShort() != after.teamsShort()) {
            facts.add(headers.text("what-if.change.teams-short", before.teamsShort(), after.teamsShort()));
        } else if (before.shortfall() != after.shortfall()) {
            facts.add(headers.text("what-if.change.shortfall", before.shortfall(), after.shortfall()));
        }
        var level = level(Level.HOLDS_SKILL, header);
        if (change.becomesHeldByNobody()) {
            facts.add(headers.text("what-if.change.held-by-nobody", level));
        } else if (change.becomesSinglePoint()) {
            var sole = after.soleHolder();
            facts.add(headers.text(
                    "what-if.change.single-point",
                    sole == null ? "" : answer.names().getOrDefault(sole, ""),
                    level));
        }
        return facts;
    }

    private static String sole(SkillCoverage coverage, WhatIf answer) {
        var sole = coverage.soleHolder();
        return sole == null ? "" : answer.names().getOrDefault(sole, "");
    }

    private static String level(Level level, ReportHeader header) {
        return level.value() + " · " + header.levelName(level);
    }

    private static SkillLabel label(SkillLabels labels, SkillId skill) {
        return labels.label(skill).orElseGet(() -> new SkillLabel(skill, "", skill.toString()));
    }
}
