package org.skillsmatrix.domain.testing;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.skillsmatrix.domain.assessment.CurrentRating;
import org.skillsmatrix.domain.base.PersonId;
import org.skillsmatrix.domain.base.SkillId;
import org.skillsmatrix.domain.base.TeamId;
import org.skillsmatrix.domain.catalog.Catalog;
import org.skillsmatrix.domain.catalog.Skill;
import org.skillsmatrix.domain.gap.GapAnalysis;
import org.skillsmatrix.domain.mentoring.LearningNeed;
import org.skillsmatrix.domain.mentoring.MentorCandidate;
import org.skillsmatrix.domain.mentoring.MentorCandidates;
import org.skillsmatrix.domain.people.People;
import org.skillsmatrix.domain.people.Person;
import org.skillsmatrix.domain.profile.RoleProfiles;
import org.skillsmatrix.domain.scale.Interest;
import org.skillsmatrix.domain.scale.Level;
import org.skillsmatrix.domain.team.Team;
import org.skillsmatrix.domain.team.TeamTarget;
import org.skillsmatrix.domain.team.TeamTargets;
import org.skillsmatrix.domain.team.Teams;

/**
 * {@link MentorCandidates} computed from the other in-memory stores, the reference the SQL adapter is checked
 * against: team holders by {@link GapAnalysis#teamCoverage}, on the current ratings the given function reads.
 */
public class InMemoryMentorCandidates implements MentorCandidates {

    private final Catalog catalog;
    private final Teams teams;
    private final People people;
    private final TeamTargets targets;
    private final RoleProfiles profiles;
    private final Function<Set<PersonId>, List<CurrentRating>> currentRatings;

    public InMemoryMentorCandidates(
            Catalog catalog,
            Teams teams,
            People people,
            TeamTargets targets,
            RoleProfiles profiles,
            Function<Set<PersonId>, List<CurrentRating>> currentRatings) {
        this.catalog = catalog;
        this.teams = teams;
        this.people = people;
        this.targets = targets;
        this.profiles = profiles;
        this.currentRatings = currentRatings;
    }

    @Override
    public List<LearningNeed> needs() {
        var needs = new ArrayList<LearningNeed>();
        for (var each : teams.all()) {
            needs.addAll(needsOf(each));
        }
        return needs;
    }

    private List<LearningNeed> needsOf(Team team) {
        var members = people.byIds(team.members()).values().stream()
                .filter(Person::active)
                .collect(Collectors.toMap(Person::id, person -> person));
        var ratings = currentRatings.apply(members.keySet());
        var coverage =
                GapAnalysis.teamCoverage(catalog.skills(), members.keySet(), ratings, targets.of(team.id())).stream()
                        .collect(Collectors.toMap(c -> c.skill(), c -> c));
        Map<SkillId, TeamTarget> teamTargets =
                targets.of(team.id()).stream().collect(Collectors.toMap(TeamTarget::skill, target -> target));
        var needs = new ArrayList<LearningNeed>();
        for (var rating : ratings) {
            var skill = coverage.get(rating.skill());
            var level = rating.level().orElse(null);
            if (skill == null || level == null || rating.interest() != Interest.WANTS_TO_GROW) {
                continue;
            }
            var person = members.get(rating.person());
            var target = teamTargets.get(rating.skill());
            Level profileLevel = person == null || person.roleProfile() == null
                    ? null
                    : profiles.byId(person.roleProfile())
                            .map(profile -> profile.expectations().get(rating.skill()))
                            .orElse(null);
            Level targetLevel = target == null ? null : target.level();
            if (!below(level, targetLevel) && !below(level, profileLevel)) {
                continue;
            }
            needs.add(new LearningNeed(
                    rating.person(),
                    rating.skill(),
                    team.id(),
                    level,
                    targetLevel,
                    skill.required(),
                    skill.holders(),
                    profileLevel));
        }
        return needs;
    }

    @Override
    public long wishesToGrow() {
        var everyone = people.all().stream().map(Person::id).collect(Collectors.toSet());
        return currentRatings.apply(everyone).stream()
                .filter(rating -> rating.interest() == Interest.WANTS_TO_GROW)
                .count();
    }

    @Override
    public List<MentorCandidate> mentors(Map<SkillId, Level> lowestLevels) {
        var active =
                people.all().stream().filter(Person::active).map(Person::id).collect(Collectors.toSet());
        var activeSkills =
                catalog.skills().stream().filter(Skill::active).map(Skill::id).collect(Collectors.toSet());
        var mentors = new ArrayList<MentorCandidate>();
        for (var rating : currentRatings.apply(active)) {
            var level = rating.level().orElse(Level.NONE);
            var lowest = lowestLevels.get(rating.skill());
            if (lowest != null
                    && activeSkills.contains(rating.skill())
                    && level.isAtLeast(Level.HOLDS_SKILL)
                    && level.isAtLeast(lowest)) {
                mentors.add(new MentorCandidate(rating.person(), rating.skill(), level, teamsOf(rating.person())));
            }
        }
        return mentors;
    }

    private Set<TeamId> teamsOf(PersonId person) {
        return teams.memberOf(person).stream().map(Team::id).collect(Collectors.toSet());
    }

    private static boolean below(Level level, @Nullable Level asked) {
        return asked != null && !level.isAtLeast(asked);
    }
}
