package org.skillsmatrix.reporting.tables;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
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
import org.skillsmatrix.reporting.base.Table;
import org.skillsmatrix.reporting.base.Values;

/** A person's profile as tables: current ratings, gaps, history, and the level per category. */
final class ProfileTables {

    private static final DateTimeFormatter AT = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm", Locale.ROOT);

    private static final List<Column> RATINGS = List.of(
            new Column("category", "Category", 22),
            new Column("skill", "Skill", 28),
            new Column("level", "Level", 7),
            new Column("self_level", "Self", 7),
            new Column("manager_level", "Manager", 8),
            new Column("interest", "Interest", 14),
            new Column("expected_level", "Expected", 10),
            new Column("gap", "Gap", 6),
            new Column("rated_on", "Rated on", 11));

    private static final List<Column> GAPS = List.of(
            new Column("category", "Category", 24),
            new Column("skill", "Skill", 30),
            new Column("expected_level", "Expected", 9),
            new Column("current_level", "Current", 9),
            new Column("gap", "Gap", 6));

    private static final List<Column> HISTORY = List.of(
            new Column("rated_at", "Rated at", 16),
            new Column("category", "Category", 20),
            new Column("skill", "Skill", 26),
            new Column("source", "Source", 8),
            new Column("assessor", "Rated by", 18),
            new Column("level", "Level", 6),
            new Column("interest", "Interest", 14),
            new Column("evidence", "Evidence", 40));

    private static final List<Column> CATEGORIES = List.of(
            new Column("category", "Category", 28),
            new Column("average_level", "Average level", 10),
            new Column("expected_average", "Expected average", 10));

    private static final List<Column> GOALS = List.of(
            new Column("category", "Category", 20),
            new Column("skill", "Skill", 26),
            new Column("target_level", "Goal", 6),
            new Column("start_level", "At start", 8),
            new Column("current_level", "Now", 6),
            new Column("mentor", "Mentor", 20),
            new Column("due", "Due", 11),
            new Column("status", "Status", 12));

    private ProfileTables() {}

    static List<Table> sheets(ProfileReport report) {
        return List.of(
                new Table("Ratings", RATINGS, ratingRows(report)),
                gaps(report),
                goals(report),
                history(report),
                categories(report));
    }

    /** The development goals, open ones first; the status says reached where an open goal's level is met. */
    private static Table goals(ProfileReport report) {
        var rows = new ArrayList<List<@Nullable Object>>();
        for (var goal : report.goals()) {
            var status = goal.status() == GoalStatus.OPEN && goal.current().isAtLeast(goal.target())
                    ? "reached"
                    : goal.status().name().toLowerCase(Locale.ROOT);
            rows.add(Rows.of(
                    goal.skill().category(),
                    goal.skill().name(),
                    goal.target(),
                    goal.startLevel(),
                    goal.current(),
                    goal.mentor(),
                    goal.due().toString(),
                    status));
        }
        return new Table("Development goals", GOALS, rows);
    }

    static Table tidy(ProfileReport report) {
        var columns = new ArrayList<Column>();
        columns.add(new Column("person", "Person", 22));
        columns.add(new Column("email", "E-mail", 30));
        columns.addAll(RATINGS);
        var rows = new ArrayList<List<@Nullable Object>>();
        for (var row : ratingRows(report)) {
            var withPerson = new ArrayList<@Nullable Object>();
            withPerson.add(report.person().name());
            withPerson.add(report.person().email());
            withPerson.addAll(row);
            rows.add(withPerson);
        }
        return new Table("Ratings", columns, rows);
    }

    /** The rated skills in catalog order, then the skills the role profile expects that are not rated yet. */
    private static List<List<@Nullable Object>> ratingRows(ProfileReport report) {
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
                    Values.interest(rating.interest()),
                    gap == null ? null : gap.expected(),
                    gap == null ? null : gap.gap(),
                    rating.ratedAt().atZone(zone).toLocalDate()));
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
                        null));
            }
        }
        return rows;
    }

    private static Table gaps(ProfileReport report) {
        var rows = new ArrayList<List<@Nullable Object>>();
        int total = 0;
        for (var gap : report.gaps()) {
            rows.add(Rows.of(gap.skill().category(), gap.skill().name(), gap.expected(), gap.current(), gap.gap()));
            total += gap.gap();
        }
        return new Table("Gaps", GAPS, rows, Rows.of("All skills", null, null, null, total));
    }

    private static Table history(ProfileReport report) {
        ZoneId zone = report.header().generatedAt().getZone();
        var rows = new ArrayList<List<@Nullable Object>>();
        for (var entry : report.history()) {
            rows.add(Rows.of(
                    AT.format(entry.at().atZone(zone)),
                    entry.skill().category(),
                    entry.skill().name(),
                    Values.source(entry.source()),
                    entry.assessor(),
                    entry.level(),
                    Values.interest(entry.interest()),
                    entry.evidence()));
        }
        return new Table("History", HISTORY, rows);
    }

    private static Table categories(ProfileReport report) {
        var rows = new ArrayList<List<@Nullable Object>>();
        for (var category : report.categories()) {
            var expected = category.expected();
            rows.add(Rows.of(
                    category.category(),
                    Values.decimal(category.current()),
                    expected == null ? null : Values.decimal(expected)));
        }
        return new Table("Categories", CATEGORIES, rows);
    }
}
