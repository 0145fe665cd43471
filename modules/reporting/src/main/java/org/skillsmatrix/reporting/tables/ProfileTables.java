package org.skillsmatrix.reporting.tables;

import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.skillsmatrix.domain.base.SkillId;
import org.skillsmatrix.domain.mentoring.GoalStatus;
import org.skillsmatrix.domain.report.ProfileReport;
import org.skillsmatrix.domain.report.ProfileReport.SkillGap;
import org.skillsmatrix.reporting.base.Column;
import org.skillsmatrix.reporting.base.Language;
import org.skillsmatrix.reporting.base.Table;

/** A person's profile as tables: current ratings, gaps, history, and the level per category. */
final class ProfileTables {

    private ProfileTables() {}

    private static List<Column> ratings(Language language) {
        return List.of(
                language.column("category", 22),
                language.column("skill", 28),
                language.column("level", 7),
                language.column("self_level", 7),
                language.column("manager_level", 8),
                language.column("interest", 14),
                language.column("expected_level", 10),
                language.column("gap", 6),
                language.column("rated_on", 11),
                language.column("stale", 8));
    }

    static List<Table> sheets(ProfileReport report) {
        var language = Language.of(report.header());
        return List.of(
                new Table(language.text("table.ratings"), ratings(language), ratingRows(report, language)),
                gaps(report, language),
                goals(report, language),
                history(report, language),
                categories(report, language),
                CertificateTables.of(report.certificates(), language));
    }

    /** The development goals, open ones first; the status says reached where an open goal's level is met. */
    private static Table goals(ProfileReport report, Language language) {
        var rows = new ArrayList<List<@Nullable Object>>();
        for (var goal : report.goals()) {
            var status = goal.status() == GoalStatus.OPEN && goal.current().isAtLeast(goal.target())
                    ? language.text("goal.reached")
                    : language.text("goal." + goal.status().name().toLowerCase(Locale.ROOT));
            rows.add(Rows.of(
                    goal.skill().category(),
                    goal.skill().name(),
                    goal.target(),
                    goal.startLevel(),
                    goal.current(),
                    goal.mentor(),
                    language.date(goal.due()),
                    status));
        }
        var columns = List.of(
                language.column("category", 20),
                language.column("skill", 26),
                language.column("target_level", 6),
                language.column("start_level", 8),
                language.column("current_level", "now", 6),
                language.column("mentor", 20),
                language.column("due", 11),
                language.column("status", 12));
        return new Table(language.text("table.goals"), columns, rows);
    }

    static Table tidy(ProfileReport report) {
        var language = Language.of(report.header());
        var columns = new ArrayList<Column>();
        columns.add(language.column("person", 22));
        columns.add(language.column("email", 30));
        columns.addAll(ratings(language));
        var rows = new ArrayList<List<@Nullable Object>>();
        for (var row : ratingRows(report, language)) {
            var withPerson = new ArrayList<@Nullable Object>();
            withPerson.add(report.person().name());
            withPerson.add(report.person().email());
            withPerson.addAll(row);
            rows.add(withPerson);
        }
        return new Table(language.text("table.ratings"), columns, rows);
    }

    /** The rated skills in catalog order, then the skills the role profile expects that are not rated yet. */
    private static List<List<@Nullable Object>> ratingRows(ProfileReport report, Language language) {
        Map<SkillId, SkillGap> gapOf = new HashMap<>();
        report.gaps().forEach(gap -> gapOf.put(gap.skill().skill(), gap));
        var zone = report.header().generatedAt().getZone();
        var rows = new ArrayList<List<@Nullable Object>>();
        for (var rating : report.ratings()) {
            var gap = gapOf.get(rating.skill().skill());
            rows.add(Rows.of(
                    rating.skill().category(),
                    rating.skill().name(),
                    rating.level(),
                    rating.self(),
                    rating.manager(),
                    language.interest(rating.interest()),
                    gap == null ? null : gap.expected(),
                    gap == null ? null : gap.gap(),
                    rating.ratedAt().atZone(zone).toLocalDate(),
                    language.yesNo(rating.stale())));
        }
        for (var gap : report.gaps()) {
            if (gap.current() == null) {
                rows.add(Rows.of(
                        gap.skill().category(),
                        gap.skill().name(),
                        null,
                        null,
                        null,
                        "",
                        gap.expected(),
                        gap.gap(),
                        null,
                        null));
            }
        }
        return rows;
    }

    private static Table gaps(ProfileReport report, Language language) {
        var rows = new ArrayList<List<@Nullable Object>>();
        int total = 0;
        for (var gap : report.gaps()) {
            rows.add(Rows.of(gap.skill().category(), gap.skill().name(), gap.expected(), gap.current(), gap.gap()));
            total += gap.gap();
        }
        var columns = List.of(
                language.column("category", 24),
                language.column("skill", 30),
                language.column("expected_level", 9),
                language.column("current_level", 9),
                language.column("gap", 6));
        return new Table(
                language.text("table.gaps"),
                columns,
                rows,
                Rows.of(language.text("total.all-skills"), null, null, null, total));
    }

    private static Table history(ProfileReport report, Language language) {
        ZoneId zone = report.header().generatedAt().getZone();
        var rows = new ArrayList<List<@Nullable Object>>();
        for (var entry : report.history()) {
            rows.add(Rows.of(
                    language.dateTime(entry.at().atZone(zone)),
                    entry.skill().category(),
                    entry.skill().name(),
                    language.source(entry.source()),
                    entry.assessor(),
                    entry.level(),
                    language.interest(entry.interest()),
                    entry.evidence()));
        }
        var columns = List.of(
                language.column("rated_at", 16),
                language.column("category", 20),
                language.column("skill", 26),
                language.column("source", 8),
                language.column("assessor", 18),
                language.column("level", 6),
                language.column("interest", 14),
                language.column("evidence", 40));
        return new Table(language.text("table.history"), columns, rows);
    }

    private static Table categories(ProfileReport report, Language language) {
        var rows = new ArrayList<List<@Nullable Object>>();
        for (var category : report.categories()) {
            var expected = category.expected();
            rows.add(Rows.of(
                    category.category(),
                    language.decimal(category.current()),
                    expected == null ? null : language.decimal(expected)));
        }
        var columns = List.of(
                language.column("category", 28),
                language.column("average_level", 10),
                language.column("expected_average", 10));
        return new Table(language.text("table.categories"), columns, rows);
    }
}
