package org.skillsmatrix.demo;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;
import org.skillsmatrix.domain.assessment.Assessment;
import org.skillsmatrix.domain.base.CategoryId;
import org.skillsmatrix.domain.base.PersonId;
import org.skillsmatrix.domain.base.SkillId;
import org.skillsmatrix.domain.catalog.Category;
import org.skillsmatrix.domain.catalog.Skill;
import org.skillsmatrix.domain.people.Person;
import org.skillsmatrix.domain.profile.RoleProfile;
import org.skillsmatrix.domain.scale.Interest;
import org.skillsmatrix.domain.scale.Level;
import org.skillsmatrix.domain.team.Team;
import org.skillsmatrix.domain.team.TeamTarget;

/**
 * A generated organisation. Its structure is held in memory; the rating history, which runs to millions
 * of rows for a large organisation, is generated on demand by {@link #forEachAssessment}, person by person.
 */
public final class DemoOrganisation {

    private static final String[] EVIDENCE = {
        "Led the design and rollout in our main service.",
        "Paired with a senior colleague on the last two incidents.",
        "Completed the internal course and applied it on a ticket.",
        "Reviewed most of the team's changes in this area this quarter.",
        "Wrote the team's runbook for it."
    };

    private static final long ONE_DAY = Duration.ofDays(1).toMinutes();

    private final List<Category> addedCategories;
    private final List<Skill> skills;
    private final List<RoleProfile> roleProfiles;
    private final List<Person> people;
    private final List<Team> teams;
    private final List<TeamTarget> targets;
    private final List<Rater> raters;
    private final int months;
    private final long seed;
    private final boolean everySkillRated;
    private final Instant now;

    DemoOrganisation(
            List<Category> addedCategories,
            List<Skill> skills,
            List<RoleProfile> roleProfiles,
            List<Person> people,
            List<Team> teams,
            List<TeamTarget> targets,
            List<Rater> raters,
            int months,
            long seed,
            boolean everySkillRated,
            Instant now) {
        this.addedCategories = List.copyOf(addedCategories);
        this.skills = List.copyOf(skills);
        this.roleProfiles = List.copyOf(roleProfiles);
        this.people = List.copyOf(people);
        this.teams = List.copyOf(teams);
        this.targets = List.copyOf(targets);
        this.raters = List.copyOf(raters);
        this.months = months;
        this.seed = seed;
        this.everySkillRated = everySkillRated;
        this.now = now;
    }

    /** Categories generated beyond the catalog, for organisations larger than the catalog. */
    public List<Category> addedCategories() {
        return addedCategories;
    }

    /** The skills rated: the catalog's active skills, or as many as asked for, extended by generated ones. */
    public List<Skill> skills() {
        return skills;
    }

    /** Skills generated beyond the catalog. */
    public List<Skill> addedSkills() {
        return skills.stream()
                .filter(skill -> addedCategories.stream().anyMatch(c -> c.id().equals(skill.category())))
                .toList();
    }

    public List<RoleProfile> roleProfiles() {
        return roleProfiles;
    }

    public List<Person> people() {
        return people;
    }

    public List<Team> teams() {
        return teams;
    }

    public List<TeamTarget> targets() {
        return targets;
    }

    /** Generates every assessment, oldest first per person and skill; the same every time. */
    public void forEachAssessment(Consumer<Assessment> sink) {
        for (int i = 0; i < raters.size(); i++) {
            var random = new Random(seed * 1_000_003L + i);
            var rater = raters.get(i);
            for (var skill : skills) {
                rateOne(rater, skill, random, sink);
            }
        }
    }

    private void rateOne(Rater rater, Skill skill, Random random, Consumer<Assessment> sink) {
        boolean focus = rater.focus().contains(skill.category());
        Integer floor = rater.floors().get(skill.id());
        boolean history = true;
        if (everySkillRated) {
            history = random.nextInt(3) == 0;
        } else if (floor == null && random.nextDouble() > (focus ? 0.85 : 0.3)) {
            return;
        }
        double mean = focus ? rater.seniority() + 1.2 : rater.seniority() - 0.6;
        int level = bounded(rater, skill, (int) Math.round(mean + random.nextGaussian() * 0.9));
        var interest = interest(random, focus, level);
        if (!history) {
            long span = Duration.ofDays(30L * months).toMinutes();
            sink.accept(Assessment.self(
                    rater.person(),
                    skill.id(),
                    Level.of(level),
                    interest,
                    instant(span - random.nextLong(span / 3 + 1)),
                    evidence(random)));
            return;
        }
        int selfRatings =
                everySkillRated ? Math.min(months, 2 + random.nextInt(2)) : 1 + random.nextInt(Math.min(3, months));
        long span = Duration.ofDays(30L * months).toMinutes();
        long at = span - random.nextLong(span / 3 + 1);
        var times = new long[selfRatings];
        for (int k = selfRatings - 1; k >= 0; k--) {
            times[k] = at;
            at = Math.max(0, at - ONE_DAY - random.nextLong(span / (selfRatings + 1) + 1));
        }
        var levels = new int[selfRatings];
        levels[selfRatings - 1] = level;
        for (int k = selfRatings - 2; k >= 0; k--) {
            levels[k] = Math.max(0, levels[k + 1] - (random.nextBoolean() ? 1 : 0));
        }
        for (int k = 0; k < selfRatings; k++) {
            sink.accept(Assessment.self(
                    rater.person(), skill.id(), Level.of(levels[k]), interest, instant(times[k]), evidence(random)));
        }
        if (rater.manager() != null && random.nextDouble() < (focus ? 0.7 : 0.3)) {
            int delta = managerDelta(random);
            int managerLevel = bounded(rater, skill, level + delta);
            long managedAt = Math.min(
                    span,
                    times[selfRatings - 1] + random.nextLong(Duration.ofDays(20).toMinutes()));
            sink.accept(Assessment.byManager(
                    rater.person(), skill.id(), Level.of(managerLevel), rater.manager(), instant(managedAt), null));
        }
    }

    private Instant instant(long minutesIntoHistory) {
        return now.minus(Duration.ofDays(30L * months)).plus(Duration.ofMinutes(minutesIntoHistory));
    }

    private static int bounded(Rater rater, Skill skill, int level) {
        int bounded = Math.clamp(level, 0, 4);
        var cap = rater.caps().get(skill.id());
        if (cap != null) {
            bounded = Math.min(bounded, cap);
        }
        var floor = rater.floors().get(skill.id());
        if (floor != null) {
            bounded = Math.max(bounded, floor);
        }
        return bounded;
    }

    /** Managers mostly agree, sometimes rate a level lower, rarely two lower or one higher. */
    private static int managerDelta(Random random) {
        double draw = random.nextDouble();
        return draw < 0.6 ? 0 : draw < 0.85 ? -1 : draw < 0.95 ? 1 : -2;
    }

    private static Interest interest(Random random, boolean focus, int level) {
        double draw = random.nextDouble();
        if (!focus && level <= 1) {
            return draw < 0.2 ? Interest.WANTS_TO_GROW : draw < 0.6 ? Interest.NEUTRAL : Interest.RATHER_NOT;
        }
        return draw < 0.4 ? Interest.WANTS_TO_GROW : draw < 0.9 ? Interest.NEUTRAL : Interest.RATHER_NOT;
    }

    private static @Nullable String evidence(Random random) {
        return random.nextDouble() < 0.1 ? EVIDENCE[random.nextInt(EVIDENCE.length)] : null;
    }

    /** What drives one person's ratings. */
    record Rater(
            PersonId person,
            int seniority,
            @Nullable PersonId manager,
            Set<CategoryId> focus,
            Map<SkillId, Integer> caps,
            Map<SkillId, Integer> floors) {}
}
