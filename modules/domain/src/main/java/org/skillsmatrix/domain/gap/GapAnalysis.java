package org.skillsmatrix.domain.gap;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.skillsmatrix.domain.assessment.CurrentRating;
import org.skillsmatrix.domain.assessment.Rating;
import org.skillsmatrix.domain.assessment.RatingAge;
import org.skillsmatrix.domain.base.PersonId;
import org.skillsmatrix.domain.base.SkillId;
import org.skillsmatrix.domain.base.TeamId;
import org.skillsmatrix.domain.catalog.Skill;
import org.skillsmatrix.domain.profile.RoleProfile;
import org.skillsmatrix.domain.scale.Level;
import org.skillsmatrix.domain.team.Team;
import org.skillsmatrix.domain.team.TeamTarget;

/**
 * The rules of gap analysis, computed in memory. The {@link Coverage} port computes the same in SQL at
 * scale; this class is the reference both are tested against.
 *
 * <ul>
 *   <li>A person's level in a skill is their current rating's level: the manager's, else their own. Where the
 *       setting says so, a stale rating ({@link RatingAge}) counts one level lower.
 *   <li>A holder of a skill is someone at or above the counting level: the team target's level, or {@link
 *       Level#HOLDS_SKILL} where the team set none. Holders are the skill's bus factor; one holder is a
 *       single point of failure.
 *   <li>Shortfall is the target's headcount minus the holders, never below zero.
 *   <li>Retired skills take no part; targets on them are ignored.
 * </ul>
 */
public final class GapAnalysis {

    private GapAnalysis() {}

    /**
     * One team's coverage of every active skill.
     *
     * @param targets the team's own targets, at most one per skill as {@link
     *     org.skillsmatrix.domain.team.TeamTargets} keeps them; two for the same skill are an
     *     IllegalStateException
     */
    public static List<SkillCoverage> teamCoverage(
            Collection<Skill> skills,
            Set<PersonId> members,
            Collection<CurrentRating> ratings,
            Collection<TeamTarget> targets) {
        var levels = levelsBySkill(ratings, members);
        Map<SkillId, TeamTarget> targetBySkill =
                targets.stream().collect(Collectors.toMap(TeamTarget::skill, target -> target));
        var coverage = new ArrayList<SkillCoverage>();
        for (var skill : skills) {
            if (skill.retired()) {
                continue;
            }
            var target = targetBySkill.get(skill.id());
            var counting = target == null ? Level.HOLDS_SKILL : target.level();
            var holders = holders(levels.getOrDefault(skill.id(), Map.of()), counting);
            coverage.add(new SkillCoverage(
                    skill.id(), counting, target == null ? 0 : target.headcount(), holders.size(), sole(holders)));
        }
        return coverage;
    }

    /**
     * {@link #teamCoverage} with the ratings' age: a holder's level is {@link RatingAge#countedLevel} (one lower where
     * stale, if the setting says so), and each skill says how many of its holders' ratings are stale.
     */
    public static List<SkillCoverage> teamCoverage(
            Collection<Skill> skills,
            Set<PersonId> members,
            Collection<CurrentRating> ratings,
            Collection<TeamTarget> targets,
            RatingAge age) {
        var counted = ratings.stream()
                .map(rating -> age.countedLevel(rating)
                        .filter(level -> !level.equals(rating.level().orElseThrow()))
                        .map(level -> new CurrentRating(
                                rating.person(),
                                rating.skill(),
                                null,
                                new Rating(level, rating.confirmedAt().orElseThrow()),
                                rating.interest()))
                        .orElse(rating))
                .toList();
        return withStaleHolders(teamCoverage(skills, members, counted, targets), members, counted, age);
    }

    /** The coverage with, for each skill, how many of its holders (at or above the counting level) are stale. */
    public static List<SkillCoverage> withStaleHolders(
            List<SkillCoverage> coverage, Set<PersonId> members, Collection<CurrentRating> ratings, RatingAge age) {
        Map<SkillId, List<CurrentRating>> staleBySkill = ratings.stream()
                .filter(rating -> members.contains(rating.person()) && age.isStale(rating))
                .collect(Collectors.groupingBy(CurrentRating::skill));
        return coverage.stream()
                .map(skill -> skill.withStaleHolders((int) staleBySkill.getOrDefault(skill.skill(), List.of()).stream()
                        .filter(rating -> rating.level().orElseThrow().isAtLeast(skill.countingLevel()))
                        .count()))
                .toList();
    }

    public static List<OrganisationSkillCoverage> organisationCoverage(
            Collection<Skill> skills,
            Set<PersonId> activePeople,
            Collection<Team> teams,
            Collection<CurrentRating> ratings,
            Collection<TeamTarget> targets) {
        var levels = levelsBySkill(ratings, activePeople);
        Map<TeamId, Team> teamById = teams.stream().collect(Collectors.toMap(Team::id, team -> team));
        var coverage = new ArrayList<OrganisationSkillCoverage>();
        for (var skill : skills) {
            if (skill.retired()) {
                continue;
            }
            var levelByPerson = levels.getOrDefault(skill.id(), Map.of());
            var holders = holders(levelByPerson, Level.HOLDS_SKILL);
            int teamsWithTarget = 0;
            int teamsShort = 0;
            int shortfall = 0;
            for (var target : targets) {
                var team = teamById.get(target.team());
                if (!target.skill().equals(skill.id()) || team == null) {
                    continue;
                }
                int teamHolders = (int) team.members().stream()
                        .map(levelByPerson::get)
                        .filter(level -> level != null && level.isAtLeast(target.level()))
                        .count();
                teamsWithTarget++;
                int missing = Math.max(0, target.headcount() - teamHolders);
                teamsShort += missing > 0 ? 1 : 0;
                shortfall += missing;
            }
            coverage.add(new OrganisationSkillCoverage(
                    skill.id(), holders.size(), sole(holders), teamsWithTarget, teamsShort, shortfall));
        }
        return coverage;
    }

    /**
     * The holders of every team target met with nobody to spare: {@link #teamCoverage} of each team, and for each
     * skill whose coverage is {@linkplain SkillCoverage#metWithNoneToSpare() met with none to spare}, its holders.
     */
    public static List<CriticalHolding> criticalHoldings(
            Collection<Skill> skills,
            Set<PersonId> activePeople,
            Collection<Team> teams,
            Collection<CurrentRating> ratings,
            Collection<TeamTarget> targets) {
        var levels = levelsBySkill(ratings, activePeople);
        var holdings = new ArrayList<CriticalHolding>();
        for (var team : teams) {
            var members = team.members().stream().filter(activePeople::contains).collect(Collectors.toSet());
            var teamTargets = targets.stream()
                    .filter(target -> target.team().equals(team.id()))
                    .toList();
            for (var coverage : teamCoverage(skills, members, ratings, teamTargets)) {
                if (!coverage.metWithNoneToSpare()) {
                    continue;
                }
                var levelByPerson = levels.getOrDefault(coverage.skill(), Map.of());
                holders(levelByPerson, coverage.countingLevel()).stream()
                        .filter(members::contains)
                        .forEach(holder -> holdings.add(new CriticalHolding(holder, team.id(), coverage.skill())));
            }
        }
        return holdings;
    }

    /** The person against their role profile, for every active skill the profile names, largest gap first. */
    public static List<PersonGap> againstProfile(
            RoleProfile profile, Collection<CurrentRating> ratings, Collection<Skill> skills) {
        Map<SkillId, Level> current = new HashMap<>();
        ratings.forEach(rating -> rating.level().ifPresent(level -> current.put(rating.skill(), level)));
        return skills.stream()
                .filter(Skill::active)
                .flatMap(skill -> Optional.ofNullable(profile.expectations().get(skill.id()))
                        .map(expected -> new PersonGap(skill.id(), expected, current.get(skill.id())))
                        .stream())
                .sorted((a, b) -> Integer.compare(b.gap(), a.gap()))
                .toList();
    }

    /** skill → person → level, for the given people only. */
    private static Map<SkillId, Map<PersonId, Level>> levelsBySkill(
            Collection<CurrentRating> ratings, Set<PersonId> people) {
        Map<SkillId, Map<PersonId, Level>> levels = new HashMap<>();
        for (var rating : ratings) {
            if (!people.contains(rating.person())) {
                continue;
            }
            rating.level()
                    .ifPresent(level -> levels.computeIfAbsent(rating.skill(), s -> new HashMap<>())
                            .put(rating.person(), level));
        }
        return levels;
    }

    private static List<PersonId> holders(Map<PersonId, Level> levelByPerson, Level counting) {
        return levelByPerson.entrySet().stream()
                .filter(entry -> entry.getValue().isAtLeast(counting))
                .map(Map.Entry::getKey)
                .toList();
    }

    private static @Nullable PersonId sole(List<PersonId> holders) {
        return holders.size() == 1 ? holders.getFirst() : null;
    }
}
