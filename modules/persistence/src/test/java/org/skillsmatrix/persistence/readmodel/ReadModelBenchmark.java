package org.skillsmatrix.persistence.readmodel;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.skillsmatrix.domain.access.AccessPolicy;
import org.skillsmatrix.domain.access.Actor;
import org.skillsmatrix.domain.access.Role;
import org.skillsmatrix.domain.assessment.Assessment;
import org.skillsmatrix.domain.assessment.Assessments;
import org.skillsmatrix.domain.assessment.Matrices;
import org.skillsmatrix.domain.base.KeptAnswers;
import org.skillsmatrix.domain.base.PersonId;
import org.skillsmatrix.domain.base.SkillId;
import org.skillsmatrix.domain.base.TeamId;
import org.skillsmatrix.domain.catalog.Catalog;
import org.skillsmatrix.domain.gap.Coverage;
import org.skillsmatrix.domain.mentoring.DevelopmentGoals;
import org.skillsmatrix.domain.mentoring.MentorCandidates;
import org.skillsmatrix.domain.mentoring.ProposeMentors;
import org.skillsmatrix.domain.people.People;
import org.skillsmatrix.domain.readmodel.ReadModel;
import org.skillsmatrix.domain.report.LevelCounts;
import org.skillsmatrix.domain.scale.Interest;
import org.skillsmatrix.domain.scale.Level;
import org.skillsmatrix.domain.staffing.Need;
import org.skillsmatrix.domain.staffing.ProposeStaffing;
import org.skillsmatrix.domain.staffing.StaffingCandidates;
import org.skillsmatrix.domain.staffing.StaffingRequest;
import org.skillsmatrix.domain.team.Teams;
import org.skillsmatrix.persistence.PersistenceIT;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;

/**
 * The reads that stand on the read model, timed beside the queries they replace (which fold the whole history on
 * every read), in the same run on the same data: an organisation of {@value #PEOPLE} people in teams of {@value
 * #TEAM_SIZE}, every one rated in each of {@value #SKILLS} skills, with a history behind the ratings. Also the cost
 * the read model adds to writes: storing that history in one statement, and single ratings. Prints medians and
 * 95th percentiles of {@value #RUNS} calls; asserts only that each side answers with rows. A benchmark, not a test:
 * {@code ./mvnw -pl modules/persistence -am verify -Dtest=NONE -Dsurefire.failIfNoSpecifiedTests=false
 * -Dit.test=ReadModelBenchmark -Dfailsafe.failIfNoSpecifiedTests=false} (see docs/performance.md).
 */
class ReadModelBenchmark extends PersistenceIT {

    static final int PEOPLE = Integer.getInteger("skills-matrix.benchmark.people", 2_000);
    static final int TEAM_SIZE = 50;
    static final int SKILLS = 200;
    static final int RUNS = 15;
    static final int SINGLE_RATINGS = 200;

    /** Before the read model: a team's members' ratings folded from their history. */
    private static final String FOLD_FOR_PEOPLE = """
            newest as (
              select n.*
              from (%s) people
              cross join lateral (
                select distinct on (a.skill_id, a.source)
                       a.person_id, a.skill_id, a.source, a.level, a.interest, a.assessed_at
                from assessment a
                where a.person_id = people.person_id
                order by a.skill_id, a.source, a.assessed_at desc, a.id desc
              ) n
            ),
            """ + ReadModelBenchmark.CURRENT;

    /** Before the read model: the organisation's ratings folded from the whole history. */
    private static final String FOLD_WHERE = """
            newest as (
              select distinct on (a.person_id, a.skill_id, a.source)
                     a.person_id, a.skill_id, a.source, a.level, a.interest, a.assessed_at
              from assessment a
              where %s
              order by a.person_id, a.skill_id, a.source, a.assessed_at desc, a.id desc
            ),
            """ + ReadModelBenchmark.CURRENT;

    private static final String CURRENT = """
            current_rating as (
              select person_id, skill_id,
                     max(level) filter (where source = 'SELF') as self_level,
                     max(assessed_at) filter (where source = 'SELF') as self_at,
                     max(interest) filter (where source = 'SELF') as interest,
                     max(level) filter (where source = 'MANAGER') as manager_level,
                     max(assessed_at) filter (where source = 'MANAGER') as manager_at,
                     coalesce(max(level) filter (where source = 'MANAGER'),
                              max(level) filter (where source = 'SELF')) as level
              from newest
              group by person_id, skill_id
            )""";

    private static final String OLD_MATRIX = """
            with members as (
              select p.id as person_id, p.name, p.email, p.subject, p.role_profile_id, p.active, p.version
              from team_member tm
              join person p on p.id = tm.person_id
              where tm.team_id = :team and p.active
            ),
            """ + FOLD_FOR_PEOPLE.formatted("select person_id from members") + """

            select m.person_id, m.name, m.email, m.subject, m.role_profile_id, m.active, m.version,
                   r.skill_id, r.self_level, r.self_at, r.interest, r.manager_level, r.manager_at
            from members m
            left join current_rating r on r.person_id = m.person_id
            left join skill s on s.id = r.skill_id
            left join category c on c.id = s.category_id
            order by m.name, m.person_id, c.position, s.position, s.name""";

    private static final String OLD_TEAM_GAPS = """
            with members as (
              select tm.person_id
              from team_member tm
              join person p on p.id = tm.person_id
              where tm.team_id = :team and p.active
            ),
            """ + FOLD_FOR_PEOPLE.formatted("select person_id from members") + """

            select s.id as skill_id,
                   coalesce(t.level, 1) as counting_level,
                   coalesce(t.headcount, 0) as required,
                   count(r.person_id) as holders,
                   (array_agg(r.person_id))[1] as some_holder
            from skill s
            join category c on c.id = s.category_id
            left join team_target t on t.team_id = :team and t.skill_id = s.id
            left join current_rating r on r.skill_id = s.id and r.level >= coalesce(t.level, 1)
            where not s.retired
            group by s.id, s.position, s.name, c.position, c.name, t.level, t.headcount
            order by c.position, c.name, s.position, s.name""";

    private static final String OLD_ORGANISATION_GAPS =
            """
            with active_people as (
              select id as person_id from person where active
            ),
            """ + FOLD_WHERE.formatted("a.person_id in (select person_id from active_people)") + """
            ,
            holders as (
              select skill_id, count(*) as holders, (array_agg(person_id))[1] as some_holder
              from current_rating
              where level >= 1
              group by skill_id
            ),
            team_holders as (
              select t.skill_id, t.headcount, count(r.person_id) as holders
              from team_target t
              left join team_member tm on tm.team_id = t.team_id
              left join current_rating r
                on r.person_id = tm.person_id and r.skill_id = t.skill_id and r.level >= t.level
              group by t.team_id, t.skill_id, t.headcount
            ),
            targets as (
              select skill_id,
                     count(*) as teams_with_target,
                     count(*) filter (where holders < headcount) as teams_short,
                     sum(greatest(headcount - holders, 0)) as shortfall
              from team_holders
              group by skill_id
            )
            select s.id as skill_id, coalesce(h.holders, 0) as holders, h.some_holder,
                   coalesce(g.teams_with_target, 0) as teams_with_target,
                   coalesce(g.teams_short, 0) as teams_short, coalesce(g.shortfall, 0) as shortfall
            from skill s
            join category c on c.id = s.category_id
            left join holders h on h.skill_id = s.id
            left join targets g on g.skill_id = s.id
            where not s.retired
            order by c.position, c.name, s.position, s.name""";

    /** Before the read model, and only the first step of staffing: who is at 3 or above in any of the skills. */
    private static final String OLD_STAFFING_CANDIDATES =
            "with active_people as (select id as person_id from person where active), "
                    + FOLD_WHERE.formatted(
                            "a.person_id in (select person_id from active_people) and a.skill_id in (:skills)")
                    + """

            select person_id, array_agg(skill_id), array_agg(level)
            from current_rating
            where level >= 3
            group by person_id""";

    /** Before the read model, and only the first step of mentor pairing: who wants to grow what, and how well. */
    private static final String OLD_LEARNERS =
            "with active_people as (select id as person_id from person where active), "
                    + FOLD_WHERE.formatted("a.person_id in (select person_id from active_people)")
                    + """

            select person_id, skill_id, level
            from current_rating
            where interest = 'WANTS_TO_GROW'""";

    private static final String OLD_COUNTS_BEFORE =
            "with active_people as (select id as person_id from person where active), "
                    + FOLD_WHERE.formatted(
                            "a.person_id in (select person_id from active_people) and a.assessed_at < :at")
                    + """

            select r.skill_id, r.level, count(*)
            from current_rating r
            join skill s on s.id = r.skill_id
            where not s.retired
            group by r.skill_id, r.level""";

    @Autowired
    NamedParameterJdbcTemplate named;

    @Autowired
    Matrices matrices;

    @Autowired
    Coverage coverage;

    @Autowired
    LevelCounts levelCounts;

    @Autowired
    Assessments assessments;

    @Autowired
    ReadModel readModel;

    @Autowired
    StaffingCandidates staffingCandidates;

    @Autowired
    Catalog catalog;

    @Autowired
    Teams teams;

    @Autowired
    MentorCandidates mentorCandidates;

    @Autowired
    DevelopmentGoals developmentGoals;

    @Autowired
    People people;

    private final List<String> lines = new ArrayList<>();

    @Test
    void readsOnTheReadModelBesideTheFoldsTheyReplace() {
        var stored = store();
        var team = new TeamId(jdbc.queryForObject(
                "select team_id from team_member group by team_id order by team_id limit 1", UUID.class));
        var days = quarterStarts(8);

        line("| what | with the read model | folding the history (before) |");
        line("|------|---------------------|------------------------------|");
        compare(
                "a team's matrix (" + TEAM_SIZE + " × " + SKILLS + ")",
                () -> matrices.ofTeam(team).ratings().size(),
                () -> named.queryForList(OLD_MATRIX, Map.of("team", team.value()))
                        .size());
        compare(
                "a team's gaps",
                () -> coverage.ofTeam(team).size(),
                () -> named.queryForList(OLD_TEAM_GAPS, Map.of("team", team.value()))
                        .size());
        compare(
                "the organisation's gaps",
                () -> coverage.ofOrganisation().size(),
                () -> named.queryForList(OLD_ORGANISATION_GAPS, Map.of()).size());
        compare(
                "coverage trend, 8 quarters and now",
                () -> levelCounts.startOf(days).size() + levelCounts.current().size(),
                () -> {
                    int rows = 0;
                    for (var day : days) {
                        rows += named.queryForList(
                                        OLD_COUNTS_BEFORE,
                                        Map.of("at", java.sql.Timestamp.from(LevelCounts.start(day))))
                                .size();
                    }
                    return rows
                            + named.queryForList(
                                            OLD_COUNTS_BEFORE,
                                            Map.of("at", java.sql.Timestamp.from(java.time.Instant.now())))
                                    .size();
                });
        var fiveSkills =
                jdbc.queryForList("select id from skill where not retired order by position, name limit 5", UUID.class);
        var staffing = new ProposeStaffing(staffingCandidates, catalog, teams, new AccessPolicy(teams));
        var request = StaffingRequest.of(fiveSkills.stream()
                .map(skill -> new Need(new SkillId(skill), Level.PROFICIENT, 3))
                .toList());
        var hr = Actor.of(PersonId.random(), Role.HR);
        compare(
                "a staffing request, 5 skills at 3 × 3 people (before: its candidates alone)",
                () -> {
                    var proposal = staffing.propose(hr, request);
                    return proposal.proposed().size();
                },
                () -> named.queryForList(OLD_STAFFING_CANDIDATES, Map.of("skills", fiveSkills))
                        .size());
        var pairing = new ProposeMentors(
                mentorCandidates,
                developmentGoals,
                teams,
                catalog,
                people,
                new AccessPolicy(teams),
                2,
                KeptAnswers.none());
        compare(
                "the organisation's mentor pairings (before: who wants to grow what, alone)",
                () -> pairing.forOrganisation(hr).proposals().size(),
                () -> named.getJdbcTemplate().queryForList(OLD_LEARNERS).size());
        line("");
        line(stored);
        line(singleRatings());
        line("read model verify: " + millis(readModel::verify) + " ms; rebuild: "
                + millis(() -> {
                    readModel.rebuild();
                    return 0;
                })
                + " ms");
        System.out.println(String.join("\n", lines));
        assertThat(readModel.verify().consistent()).isTrue();
    }

    /** The organisation, stored in one statement per table, its history in one insert through the triggers. */
    private String store() {
        var category = jdbc.queryForObject("select id from category order by position limit 1", UUID.class);
        jdbc.update("""
                insert into skill (id, category_id, name, position, retired, version)
                select gen_random_uuid(), ?, 'Benchmark skill ' || i, 1000 + i, false, 0
                from generate_series(1, greatest(0, ? - (select count(*) from skill where not retired))) i""", category, SKILLS);
        jdbc.update(
                "update skill set retired = true where id not in (select id from skill where not retired order by position limit ?)",
                SKILLS);
        jdbc.update("""
                insert into person (id, name, email, active, version)
                select gen_random_uuid(), 'Person ' || i, 'person' || i || '@bench.example.org', i % 20 <> 0, 0
                from generate_series(1, ?) i""", PEOPLE);
        jdbc.update("""
                insert into team (id, name, version)
                select gen_random_uuid(), 'Team ' || i, 0 from generate_series(1, ?) i""", PEOPLE / TEAM_SIZE);
        jdbc.update("""
                insert into team_member (team_id, person_id)
                select t.id, p.id
                from (select id, row_number() over (order by id) - 1 as n from person) p
                join (select id, row_number() over (order by id) - 1 as n from team) t on t.n = p.n / ?""", TEAM_SIZE);
        jdbc.update("""
                insert into team_target (team_id, skill_id, level, headcount, version)
                select t.id, s.id, 2 + (abs(hashtext(t.id::text || s.id::text)) % 3), 1 + abs(hashtext(s.id::text)) % 3, 0
                from team t cross join skill s
                where not s.retired and abs(hashtext(t.id::text || s.id::text)) % 20 = 0""");
        var manager = UUID.randomUUID();
        jdbc.update(
                "insert into person (id, name, email, active, version) values (?, 'Manager', 'manager@bench.example.org', true, 0)",
                manager);
        jdbc.execute("create table assessment_without_read_model (like assessment including all)");
        var history = """
                insert into %s (person_id, skill_id, level, interest, source, assessor_id, assessed_at)
                select p.id, s.id, (abs(hashtext(p.id::text || s.id::text || k)) %% 5)::smallint,
                       case when k = 'MANAGER' then null
                            when abs(hashtext(p.id::text || s.id::text)) %% 4 = 0 then 'WANTS_TO_GROW'
                            else 'NEUTRAL' end, k,
                       case when k = 'MANAGER' then '%s'::uuid else p.id end,
                       timestamptz '2026-11-01' - (abs(hashtext(s.id::text || p.id::text || k)) %% 730) * interval '1 day'
                from person p
                cross join skill s
                cross join (values ('SELF'), ('SELF'), ('MANAGER')) as kinds(k)
                where p.id <> '%s'::uuid and not s.retired and (k = 'SELF' or abs(hashtext(p.id::text || s.id::text)) %% 2 = 0)""";
        long plain = nanos(() -> jdbc.update(history.formatted("assessment_without_read_model", manager, manager)));
        long kept = nanos(() -> jdbc.update(history.formatted("assessment", manager, manager)));
        long rows = jdbc.queryForObject("select count(*) from assessment", Long.class);
        long current = jdbc.queryForObject("select count(*) from current_rating", Long.class);
        jdbc.execute("drop table assessment_without_read_model");
        jdbc.execute("analyze");
        return String.format(
                Locale.ROOT,
                "storing %,d assessments (%,d current ratings) in one statement: %,d ms with the read model, %,d ms into"
                        + " the same table without it",
                rows,
                current,
                kept / 1_000_000,
                plain / 1_000_000);
    }

    private String singleRatings() {
        var people =
                jdbc.queryForList("select id from person where active order by id limit ?", UUID.class, SINGLE_RATINGS);
        var skills = jdbc.queryForList("select id from skill where not retired order by id limit 10", UUID.class);
        var at = java.time.Instant.parse("2026-11-20T10:00:00Z");
        long kept = nanos(() -> {
            for (int i = 0; i < people.size(); i++) {
                assessments.append(Assessment.self(
                        new PersonId(people.get(i)),
                        new SkillId(skills.get(i % skills.size())),
                        Level.of(i % 5),
                        Interest.NEUTRAL,
                        at.plusSeconds(i),
                        null));
            }
        });
        jdbc.execute("alter table assessment disable trigger assessment_read_model");
        long plain;
        try {
            plain = nanos(() -> {
                for (int i = 0; i < people.size(); i++) {
                    assessments.append(Assessment.self(
                            new PersonId(people.get(i)),
                            new SkillId(skills.get(i % skills.size())),
                            Level.of((i + 1) % 5),
                            Interest.NEUTRAL,
                            at.plusSeconds(1_000 + i),
                            null));
                }
            });
        } finally {
            jdbc.execute("alter table assessment enable trigger assessment_read_model");
            readModel.rebuild();
        }
        return String.format(
                Locale.ROOT,
                "%d single self-ratings, each its own transaction: %.1f ms each with the read model, %.1f ms without",
                people.size(),
                kept / 1e6 / people.size(),
                plain / 1e6 / people.size());
    }

    private static List<LocalDate> quarterStarts(int quarters) {
        var days = new ArrayList<LocalDate>();
        var start = LocalDate.of(2026, 10, 1);
        for (int i = quarters - 1; i >= 0; i--) {
            days.add(start.minusMonths(3L * i));
        }
        return days;
    }

    private void compare(String what, Supplier<Integer> kept, Supplier<Integer> folded) {
        assertThat(kept.get()).as(what).isPositive();
        assertThat(folded.get()).as(what).isPositive();
        var keptTimes = new long[RUNS];
        var foldedTimes = new long[RUNS];
        for (int i = 0; i < RUNS; i++) {
            keptTimes[i] = nanos(kept::get);
            foldedTimes[i] = nanos(folded::get);
        }
        line("| " + what + " | " + stats(keptTimes) + " | " + stats(foldedTimes) + " |");
    }

    private static String stats(long[] nanos) {
        Arrays.sort(nanos);
        double median = nanos[nanos.length / 2] / 1e6;
        double p95 = nanos[(int) Math.ceil(nanos.length * 0.95) - 1] / 1e6;
        return String.format(Locale.ROOT, "p50 %.1f ms, p95 %.1f ms", median, p95);
    }

    private static long millis(Supplier<?> work) {
        return nanos(work::get) / 1_000_000;
    }

    private static long nanos(Runnable work) {
        long start = System.nanoTime();
        work.run();
        return System.nanoTime() - start;
    }

    private void line(String line) {
        lines.add(line);
    }
}
