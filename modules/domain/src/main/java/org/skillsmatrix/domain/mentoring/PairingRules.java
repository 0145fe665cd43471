package org.skillsmatrix.domain.mentoring;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.skillsmatrix.domain.base.PersonId;
import org.skillsmatrix.domain.base.SkillId;
import org.skillsmatrix.domain.base.TeamId;
import org.skillsmatrix.domain.scale.Level;

/**
 * The rules of mentor pairing, in memory, over the learning needs and mentor candidates read in one go.
 *
 * <ul>
 *   <li>A mentor is at {@link Level#HOLDS_SKILL} or above in the skill, and at least at the learner's goal.
 *   <li>No mentor takes more pairs than the cap, counting the open development goals they mentor already; a
 *       learner already set an open goal in the skill is not proposed again, and gets one mentor per skill.
 *   <li>Pairs are made greedily in four rounds, each over the needs in order (the largest gap between level and
 *       goal first, then learner, skill and team by name): (1) pairs that lift the team's coverage with a mentor
 *       from the same team, (2) pairs that lift coverage with a mentor from elsewhere, (3) other pairs with a mentor
 *       from the same team, (4) the rest. A pair lifts coverage when the learner would become a holder of a target
 *       the team misses, or the second holder of a skill one member holds alone, counting the pairs made before it.
 *   <li>Of the mentors a round allows, the highest level is taken, then the first by name.
 * </ul>
 */
public final class PairingRules {

    /** Pairs per mentor where none is configured. */
    public static final int DEFAULT_MENTOR_CAP = 2;

    private record LearnerSkill(PersonId learner, SkillId skill) {}

    private record TeamSkill(TeamId team, SkillId skill) {}

    private PairingRules() {}

    /**
     * @param names people's names, for ordering and for the proposals; a missing name is the id
     * @param skillNames likewise for skills
     * @param teamNames likewise for teams
     */
    public static MentorProposals propose(
            List<LearningNeed> needs,
            List<MentorCandidate> mentors,
            List<DevelopmentGoal> openGoals,
            int mentorCap,
            Map<PersonId, String> names,
            Map<SkillId, String> skillNames,
            Map<TeamId, String> teamNames) {
        if (mentorCap < 1) {
            throw new IllegalArgumentException("a mentor takes at least one pair");
        }
        var served = new HashSet<LearnerSkill>();
        var load = new HashMap<PersonId, Integer>();
        for (var goal : openGoals) {
            served.add(new LearnerSkill(goal.learner(), goal.skill()));
            if (goal.mentor() != null) {
                load.merge(goal.mentor(), 1, Integer::sum);
            }
        }
        var holders = new HashMap<TeamSkill, Integer>();
        needs.forEach(need -> holders.putIfAbsent(new TeamSkill(need.team(), need.skill()), need.holders()));

        Comparator<LearningNeed> order = Comparator.comparingInt((LearningNeed need) ->
                        need.goal().value() - need.level().value())
                .reversed()
                .thenComparing(need -> name(names, need.learner()), String.CASE_INSENSITIVE_ORDER)
                .thenComparing(need -> name(skillNames, need.skill()), String.CASE_INSENSITIVE_ORDER)
                .thenComparing(need -> name(teamNames, need.team()), String.CASE_INSENSITIVE_ORDER);
        var ordered = needs.stream().sorted(order).toList();
        Map<SkillId, List<MentorCandidate>> bySkill = mentors.stream()
                .sorted(Comparator.comparing(MentorCandidate::level)
                        .reversed()
                        .thenComparing(mentor -> name(names, mentor.person()), String.CASE_INSENSITIVE_ORDER)
                        .thenComparing(mentor -> mentor.person().toString()))
                .collect(Collectors.groupingBy(MentorCandidate::skill));
        var pool = new MentorPool(bySkill, load, mentorCap);

        var proposals = new ArrayList<MentorProposal>();
        for (boolean liftsCoverage : new boolean[] {true, false}) {
            for (boolean sameTeam : new boolean[] {true, false}) {
                for (var need : ordered) {
                    var key = new LearnerSkill(need.learner(), need.skill());
                    var teamSkill = new TeamSkill(need.team(), need.skill());
                    if (served.contains(key)) {
                        continue;
                    }
                    var reason = reason(need, holders.getOrDefault(teamSkill, need.holders()));
                    if (reason.liftsCoverage() != liftsCoverage) {
                        continue;
                    }
                    var mentor = pool.mentorFor(need, sameTeam);
                    if (mentor == null) {
                        continue;
                    }
                    served.add(key);
                    load.merge(mentor.person(), 1, Integer::sum);
                    if (need.becomesHolder()) {
                        holders.merge(teamSkill, 1, Integer::sum);
                    }
                    proposals.add(new MentorProposal(
                            need.learner(),
                            name(names, need.learner()),
                            need.skill(),
                            name(skillNames, need.skill()),
                            need.level(),
                            need.goal(),
                            mentor.person(),
                            name(names, mentor.person()),
                            mentor.level(),
                            need.team(),
                            name(teamNames, need.team()),
                            sameTeam,
                            reason));
                }
            }
        }
        int unmatched = (int) needs.stream()
                .map(need -> new LearnerSkill(need.learner(), need.skill()))
                .distinct()
                .filter(key -> !served.contains(key))
                .count();
        return new MentorProposals(proposals, mentorCap, unmatched);
    }

    /** Why the learner should grow, given the team's holders so far. */
    static Reason reason(LearningNeed need, int holders) {
        if (need.becomesHolder()) {
            if (need.required() > holders) {
                return new Reason(Reason.Kind.LIFTS_TARGET, holders, need.required());
            }
            if (holders == 1) {
                return new Reason(Reason.Kind.REMOVES_SINGLE_POINT_OF_FAILURE, holders, need.required());
            }
        }
        return new Reason(
                need.fromTarget() ? Reason.Kind.TEAM_TARGET : Reason.Kind.ROLE_PROFILE, holders, need.required());
    }

    /**
     * The mentors of each skill, highest level first, and of each skill within each team, in the same order, so that
     * a round finds a learner's mentor without going through everyone at the skill: mentors at the cap at the front
     * of a skill's list are passed once for all, and a list is left where the levels fall below the goal.
     */
    private static final class MentorPool {

        private final Map<SkillId, List<MentorCandidate>> bySkill;
        private final Map<TeamSkill, List<MentorCandidate>> byTeam = new HashMap<>();
        private final Map<SkillId, Integer> firstWithRoom = new HashMap<>();
        private final Map<PersonId, Integer> load;
        private final int mentorCap;

        MentorPool(Map<SkillId, List<MentorCandidate>> bySkill, Map<PersonId, Integer> load, int mentorCap) {
            this.bySkill = bySkill;
            this.load = load;
            this.mentorCap = mentorCap;
            bySkill.values()
                    .forEach(list -> list.forEach(mentor -> mentor.teams()
                            .forEach(team -> byTeam.computeIfAbsent(
                                            new TeamSkill(team, mentor.skill()), key -> new ArrayList<>())
                                    .add(mentor))));
        }

        @Nullable
        MentorCandidate mentorFor(LearningNeed need, boolean sameTeam) {
            var minimum = need.goal().isAtLeast(Level.HOLDS_SKILL) ? need.goal() : Level.HOLDS_SKILL;
            if (sameTeam) {
                for (var candidate : byTeam.getOrDefault(new TeamSkill(need.team(), need.skill()), List.of())) {
                    if (!candidate.level().isAtLeast(minimum)) {
                        return null;
                    }
                    if (!candidate.person().equals(need.learner()) && hasRoom(candidate)) {
                        return candidate;
                    }
                }
                return null;
            }
            var candidates = bySkill.getOrDefault(need.skill(), List.of());
            int first = firstWithRoom.getOrDefault(need.skill(), 0);
            while (first < candidates.size() && !hasRoom(candidates.get(first))) {
                first++;
            }
            firstWithRoom.put(need.skill(), first);
            for (int i = first; i < candidates.size(); i++) {
                var candidate = candidates.get(i);
                if (!candidate.level().isAtLeast(minimum)) {
                    return null;
                }
                if (hasRoom(candidate)
                        && !candidate.teams().contains(need.team())
                        && !candidate.person().equals(need.learner())) {
                    return candidate;
                }
            }
            return null;
        }

        private boolean hasRoom(MentorCandidate candidate) {
            return load.getOrDefault(candidate.person(), 0) < mentorCap;
        }
    }

    private static <K> String name(Map<K, String> names, K key) {
        return names.getOrDefault(key, key.toString());
    }
}
