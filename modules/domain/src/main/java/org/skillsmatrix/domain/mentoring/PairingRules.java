package org.skillsmatrix.domain.mentoring;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
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

        var ranks = new Ranks(needs, mentors, names, skillNames, teamNames);
        var ordered = needs.stream()
                .map(need -> new RankedNeed(need, ranks.of(need)))
                .sorted()
                .map(RankedNeed::need)
                .toList();
        var bySkill = new HashMap<SkillId, List<MentorCandidate>>();
        mentors.stream()
                .map(mentor -> new RankedMentor(mentor, ranks.of(mentor)))
                .sorted()
                .forEach(ranked -> bySkill.computeIfAbsent(ranked.mentor().skill(), skill -> new ArrayList<>())
                        .add(ranked.mentor()));
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
        var unmatchedByTeam = new HashMap<TeamId, Integer>();
        needs.stream()
                .filter(need -> !served.contains(new LearnerSkill(need.learner(), need.skill())))
                .forEach(need -> unmatchedByTeam.merge(need.team(), 1, Integer::sum));
        return new MentorProposals(proposals, mentorCap, unmatched, unmatchedByTeam);
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

    /** The lowest level a mentor of the need must be at: the goal, and at least {@link Level#HOLDS_SKILL}. */
    public static Level mentorLevel(LearningNeed need) {
        return need.goal().isAtLeast(Level.HOLDS_SKILL) ? need.goal() : Level.HOLDS_SKILL;
    }

    private record RankedNeed(LearningNeed need, long key) implements Comparable<RankedNeed> {
        @Override
        public int compareTo(RankedNeed other) {
            return Long.compare(key, other.key);
        }
    }

    private record RankedMentor(MentorCandidate mentor, long key) implements Comparable<RankedMentor> {
        @Override
        public int compareTo(RankedMentor other) {
            return Long.compare(key, other.key);
        }
    }

    /**
     * Each person's, skill's and team's place in name order (case-insensitive), worked out once, so that sorting
     * thousands of needs and mentors compares numbers instead of looking names up for every comparison. Equal names
     * share a place; a person's tie-break place also orders equal names by id.
     */
    private static final class Ranks {

        private final Map<PersonId, Integer> byName = new HashMap<>();
        private final Map<PersonId, Integer> byNameAndId = new HashMap<>();
        private final Map<SkillId, Integer> skills;
        private final Map<TeamId, Integer> teams;

        Ranks(
                List<LearningNeed> needs,
                List<MentorCandidate> mentors,
                Map<PersonId, String> names,
                Map<SkillId, String> skillNames,
                Map<TeamId, String> teamNames) {
            var persons = new HashSet<PersonId>();
            needs.forEach(need -> persons.add(need.learner()));
            mentors.forEach(mentor -> persons.add(mentor.person()));
            var sorted = persons.stream()
                    .map(person -> new Named<>(person, name(names, person), person.toString()))
                    .sorted(Comparator.comparing((Named<PersonId> named) -> named.name(), String.CASE_INSENSITIVE_ORDER)
                            .thenComparing(Named::tieBreak))
                    .toList();
            int place = 0;
            for (int i = 0; i < sorted.size(); i++) {
                if (i > 0 && !sameName(sorted.get(i - 1), sorted.get(i))) {
                    place = i;
                }
                byName.put(sorted.get(i).key(), place);
                byNameAndId.put(sorted.get(i).key(), i);
            }
            skills = places(needs.stream().map(LearningNeed::skill).collect(Collectors.toSet()), skillNames);
            teams = places(needs.stream().map(LearningNeed::team).collect(Collectors.toSet()), teamNames);
        }

        /** Largest gap first, then learner, skill and team by name. */
        long of(LearningNeed need) {
            long gap =
                    Level.EXPERT.value() - (need.goal().value() - need.level().value());
            return ((gap * MAX_PLACES + place(byName, need.learner())) * MAX_PLACES + place(skills, need.skill()))
                            * MAX_PLACES
                    + place(teams, need.team());
        }

        /** Highest level first, then by name, then by id. */
        long of(MentorCandidate mentor) {
            return (Level.EXPERT.value() - mentor.level().value()) * MAX_PLACES + place(byNameAndId, mentor.person());
        }

        private static <K> Map<K, Integer> places(Set<K> keys, Map<K, String> names) {
            var sorted = keys.stream()
                    .map(key -> new Named<>(key, name(names, key), ""))
                    .sorted(Comparator.comparing((Named<K> named) -> named.name(), String.CASE_INSENSITIVE_ORDER))
                    .toList();
            var places = new HashMap<K, Integer>();
            int place = 0;
            for (int i = 0; i < sorted.size(); i++) {
                if (i > 0 && !sameName(sorted.get(i - 1), sorted.get(i))) {
                    place = i;
                }
                places.put(sorted.get(i).key(), place);
            }
            return places;
        }

        private static <K> int place(Map<K, Integer> places, K key) {
            return places.getOrDefault(key, 0);
        }

        private static boolean sameName(Named<?> one, Named<?> other) {
            return String.CASE_INSENSITIVE_ORDER.compare(one.name(), other.name()) == 0;
        }
    }

    /** Places fit in 20 bits: a million people, skills or teams. */
    private static final long MAX_PLACES = 1 << 20;

    private record Named<K>(K key, String name, String tieBreak) {}

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
            var minimum = mentorLevel(need);
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
