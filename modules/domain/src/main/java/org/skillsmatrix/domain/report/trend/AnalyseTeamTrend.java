package org.skillsmatrix.domain.report.trend;

import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.skillsmatrix.domain.access.AccessPolicy;
import org.skillsmatrix.domain.access.Action;
import org.skillsmatrix.domain.access.Actor;
import org.skillsmatrix.domain.assessment.Assessment;
import org.skillsmatrix.domain.assessment.Assessments;
import org.skillsmatrix.domain.assessment.CurrentRating;
import org.skillsmatrix.domain.base.CategoryId;
import org.skillsmatrix.domain.base.NotFound;
import org.skillsmatrix.domain.base.PersonId;
import org.skillsmatrix.domain.base.ReadOnly;
import org.skillsmatrix.domain.base.SkillId;
import org.skillsmatrix.domain.base.TeamId;
import org.skillsmatrix.domain.catalog.Catalog;
import org.skillsmatrix.domain.catalog.Skill;
import org.skillsmatrix.domain.gap.GapAnalysis;
import org.skillsmatrix.domain.gap.SkillCoverage;
import org.skillsmatrix.domain.people.People;
import org.skillsmatrix.domain.people.Person;
import org.skillsmatrix.domain.report.Quarter;
import org.skillsmatrix.domain.report.trend.TrendPoint.CategoryPoint;
import org.skillsmatrix.domain.team.Team;
import org.skillsmatrix.domain.team.TeamTarget;
import org.skillsmatrix.domain.team.TeamTargets;
import org.skillsmatrix.domain.team.Teams;

/**
 * Use case: how a team's gaps developed over the last {@link #QUARTERS} quarters and now. Each point applies the gap
 * analysis's rules ({@link GapAnalysis#teamCoverage}) to the team as it is today, its active members, its targets
 * and the catalog's active skills, with each member's ratings as they stood when the point's day began (UTC): the
 * history of what people knew, not of who was in the team or what it aimed for. A team is small, so its members'
 * histories are folded here rather than kept in the read model.
 */
@Transactional
@ReadOnly
public class AnalyseTeamTrend {

    /** Two years of completed quarters. */
    public static final int QUARTERS = 8;

    private final Teams teams;
    private final People people;
    private final TeamTargets targets;
    private final Catalog catalog;
    private final Assessments assessments;
    private final AccessPolicy policy;
    private final Clock clock;

    public AnalyseTeamTrend(
            Teams teams,
            People people,
            TeamTargets targets,
            Catalog catalog,
            Assessments assessments,
            AccessPolicy policy,
            Clock clock) {
        this.teams = teams;
        this.people = people;
        this.targets = targets;
        this.catalog = catalog;
        this.assessments = assessments;
        this.policy = policy;
        this.clock = clock;
    }

    public TeamTrend analyse(Actor actor, TeamId id) {
        policy.check(actor, new Action.ReadTeam(id));
        var team = teams.byId(id).orElseThrow(() -> new NotFound("Team", id));
        return of(team, people, targets, catalog, assessments, LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC));
    }

    /** The trend of {@code team} up to {@code today}, read from the ports, for whoever may read the team. */
    public static TeamTrend of(
            Team team, People people, TeamTargets targets, Catalog catalog, Assessments assessments, LocalDate today) {
        Set<PersonId> members = team.members().stream()
                .map(people::byId)
                .flatMap(Optional::stream)
                .filter(Person::active)
                .map(Person::id)
                .collect(Collectors.toSet());
        var histories = new ArrayList<Assessment>();
        // oldest first, so that of two ratings made at the same instant the later stored wins, as in the fold
        members.forEach(member -> histories.addAll(assessments.history(member).reversed()));
        var skills = catalog.skills();
        var teamTargets = targets.of(team.id());
        var points = new ArrayList<TrendPoint>();
        for (var quarter : Quarter.completedBefore(today, QUARTERS)) {
            var asOf = quarter.dayAfter();
            var start = asOf.atStartOfDay(ZoneOffset.UTC).toInstant();
            points.add(point(quarter.label(), asOf, skills, members, ratingsBefore(histories, start), teamTargets));
        }
        points.add(point(null, null, skills, members, ratingsBefore(histories, Instant.MAX), teamTargets));
        return new TeamTrend(team, points);
    }

    private static TrendPoint point(
            @Nullable String quarter,
            @Nullable LocalDate asOf,
            List<Skill> skills,
            Set<PersonId> members,
            List<CurrentRating> ratings,
            List<TeamTarget> teamTargets) {
        var coverage = GapAnalysis.teamCoverage(skills, members, ratings, teamTargets);
        Map<SkillId, CategoryId> categoryOf = new HashMap<>();
        skills.forEach(skill -> categoryOf.put(skill.id(), skill.category()));
        Map<CategoryId, int[]> byCategory = new LinkedHashMap<>();
        skills.stream().filter(Skill::active).forEach(skill -> byCategory.putIfAbsent(skill.category(), new int[2]));
        int targetCount = 0;
        int met = 0;
        int single = 0;
        for (SkillCoverage skill : coverage) {
            var sum = byCategory.getOrDefault(categoryOf.get(skill.skill()), new int[2]);
            if (skill.hasTarget()) {
                targetCount++;
                sum[0]++;
                if (skill.targetMet()) {
                    met++;
                    sum[1]++;
                }
            }
            single += skill.singlePointOfFailure() ? 1 : 0;
        }
        var categories = new ArrayList<CategoryPoint>();
        byCategory.forEach((category, sum) -> categories.add(new CategoryPoint(category, sum[0], sum[1])));
        return new TrendPoint(quarter, asOf, targetCount, met, single, categories);
    }

    /** The current rating of each member and skill over the assessments made before {@code at}. */
    private static List<CurrentRating> ratingsBefore(List<Assessment> histories, Instant at) {
        Map<PersonId, Map<SkillId, List<Assessment>>> made = new HashMap<>();
        for (var assessment : histories) {
            if (assessment.assessedAt().isBefore(at)) {
                made.computeIfAbsent(assessment.person(), person -> new HashMap<>())
                        .computeIfAbsent(assessment.skill(), skill -> new ArrayList<>())
                        .add(assessment);
            }
        }
        var ratings = new ArrayList<CurrentRating>();
        made.forEach((person, bySkill) ->
                bySkill.forEach((skill, history) -> ratings.add(CurrentRating.of(person, skill, history))));
        return ratings;
    }
}
