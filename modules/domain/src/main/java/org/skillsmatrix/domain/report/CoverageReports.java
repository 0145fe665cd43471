package org.skillsmatrix.domain.report;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.skillsmatrix.domain.access.Actor;
import org.skillsmatrix.domain.base.SkillId;
import org.skillsmatrix.domain.privacy.PrivacyThreshold;
import org.skillsmatrix.domain.report.CoverageReport.CategoryLine;
import org.skillsmatrix.domain.report.CoverageReport.Period;
import org.skillsmatrix.domain.report.CoverageReport.SkillLine;
import org.skillsmatrix.domain.report.LevelCounts.SkillLevelCounts;

/** Assembles the organisation's coverage now and at the end of each of the last quarters. */
final class CoverageReports {

    private final ReportSources sources;
    private final Headers headers;
    private final PrivacyThreshold privacy;

    CoverageReports(ReportSources sources, Headers headers, PrivacyThreshold privacy) {
        this.sources = sources;
        this.headers = headers;
        this.privacy = privacy;
    }

    CoverageReport of(Actor actor, int quarters) {
        var labels = SkillLabels.of(sources.catalog(), headers.catalogTexts());
        var completed = Quarter.completedBefore(headers.today(), quarters);
        var periods = new ArrayList<Period>();
        completed.forEach(quarter -> periods.add(new Period(quarter.label(), LevelCounts.start(quarter.dayAfter()))));
        periods.add(new Period(headers.text("period.now"), headers.clock().instant()));
        var trend = new ArrayList<>(sources.levelCounts()
                .startOf(completed.stream().map(Quarter::dayAfter).toList()));
        trend.add(sources.levelCounts().current());
        var tallies = new ArrayList<Map<SkillId, ShownTally>>();
        for (var counted : trend) {
            Map<SkillId, ShownTally> bySkill = new HashMap<>();
            for (SkillLevelCounts counts : counted) {
                bySkill.put(counts.skill(), ShownTally.of(counts.tally(), privacy));
            }
            tallies.add(bySkill);
        }
        var skills = new ArrayList<SkillLine>();
        Map<String, List<SkillLine>> byCategory = new LinkedHashMap<>();
        for (var label : labels.active()) {
            var line = new SkillLine(
                    label,
                    tallies.stream()
                            .map(bySkill -> bySkill.getOrDefault(label.skill(), ShownTally.EMPTY))
                            .toList());
            skills.add(line);
            byCategory
                    .computeIfAbsent(label.category(), category -> new ArrayList<>())
                    .add(line);
        }
        var categories = new ArrayList<CategoryLine>();
        byCategory.forEach((category, lines) ->
                categories.add(new CategoryLine(category, lines.size(), sum(lines, periods.size()))));
        int activePeople = (int) sources.people().countActive();
        var filters = new ArrayList<>(List.of(
                headers.filter("scope", headers.text("filter.scope.organisation.people", activePeople)),
                headers.filter(
                        "periods",
                        periods.size() == 1
                                ? headers.text("filter.periods.now")
                                : headers.text(
                                        "filter.periods.value",
                                        periods.getFirst().label(),
                                        periods.get(periods.size() - 2).label())),
                headers.filter("counts", headers.text("filter.counts.value"))));
        if (privacy.hidesAny()) {
            filters.add(headers.privacyFilter(privacy));
        }
        var header = headers.header(actor, headers.text("title.coverage"), filters);
        return new CoverageReport(header, activePeople, privacy, periods, skills, categories);
    }

    private static List<ShownTally> sum(List<SkillLine> lines, int periods) {
        var sums = new ArrayList<ShownTally>();
        for (int p = 0; p < periods; p++) {
            var sum = ShownTally.EMPTY;
            for (var line : lines) {
                sum = sum.plus(line.byPeriod().get(p));
            }
            sums.add(sum);
        }
        return sums;
    }
}
