package org.skillsmatrix.domain.staffing;

import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.skillsmatrix.domain.access.AccessPolicy;
import org.skillsmatrix.domain.access.Action;
import org.skillsmatrix.domain.access.Actor;
import org.skillsmatrix.domain.base.InvalidInput;
import org.skillsmatrix.domain.base.PersonId;
import org.skillsmatrix.domain.base.ReadOnly;
import org.skillsmatrix.domain.base.SkillId;
import org.skillsmatrix.domain.catalog.Catalog;
import org.skillsmatrix.domain.scale.Level;
import org.skillsmatrix.domain.search.SkillCriterion;
import org.skillsmatrix.domain.staffing.Staffing.Alternative;
import org.skillsmatrix.domain.staffing.Staffing.Covered;
import org.skillsmatrix.domain.staffing.Staffing.NeedCover;
import org.skillsmatrix.domain.staffing.Staffing.Proposed;
import org.skillsmatrix.domain.team.Teams;

/**
 * Use case: who could staff a piece of work. The rule is greedy set cover: the pinned people first, in the order
 * given; then, again and again, the person who fills the most open places (one place in each need they meet
 * whose headcount is not reached yet), among equals the one with the highest summed level in those needs, then
 * by name, then by id; until every need is covered or nobody left meets an open one. Whatever stays open then
 * cannot be covered from the people drawn from. Greedy names a small set, not always the smallest.
 *
 * <p>Managers and HR ask; the people the access policy names to the asker in a search by skill
 * ({@link Action.NameInSearch}, the same rule as the people finder's: everyone, to managers and HR) are named, any
 * others only counted.
 */
@Transactional
@ReadOnly
public class ProposeStaffing {

    public static final int MAX_NEEDS = 10;
    public static final int MAX_HEADCOUNT = 50;
    /** The most people a request may pin or exclude, together. */
    public static final int MAX_PEOPLE = 100;
    /** The most stand-ins named for each person proposed. */
    public static final int MAX_ALTERNATIVES = 5;

    private static final Comparator<Pick> BEST_FIRST = Comparator.comparingInt(Pick::places)
            .thenComparingInt(Pick::levels)
            .reversed()
            .thenComparing(pick -> pick.candidate().name(), String.CASE_INSENSITIVE_ORDER)
            .thenComparing(pick -> pick.candidate().person().value());

    private final StaffingCandidates candidates;
    private final Catalog catalog;
    private final Teams teams;
    private final AccessPolicy policy;

    public ProposeStaffing(StaffingCandidates candidates, Catalog catalog, Teams teams, AccessPolicy policy) {
        this.candidates = candidates;
        this.catalog = catalog;
        this.teams = teams;
        this.policy = policy;
    }

    public Staffing propose(Actor actor, StaffingRequest request) {
        policy.check(actor, new Action.StaffWork());
        checked(request);
        var needs = request.needs();
        var found = candidates.meetingAny(
                needs.stream()
                        .map(need -> new SkillCriterion(need.skill(), need.minimum()))
                        .toList(),
                request.teams());
        var visible = policy.namedInSearch(
                actor, found.stream().map(Candidate::person).toList());
        Map<PersonId, Candidate> byId = new HashMap<>();
        found.forEach(candidate -> byId.put(candidate.person(), candidate));

        int[] open = needs.stream().mapToInt(Need::headcount).toArray();
        var chosen = new ArrayList<Choice>();
        var taken = new HashSet<PersonId>(request.excluded());
        for (var person : request.pinned()) {
            var candidate = byId.get(person);
            if (candidate == null || !visible.contains(person)) {
                throw new InvalidInput("pinned", "staffing.pinned-not-eligible");
            }
            chosen.add(new Choice(candidate, true, take(candidate, needs, open)));
            taken.add(person);
        }
        var pool = new ArrayList<>(found.stream()
                .filter(candidate -> !taken.contains(candidate.person()))
                .toList());
        while (true) {
            var best = pool.stream()
                    .map(candidate -> Pick.of(candidate, needs, open))
                    .filter(pick -> pick.places() > 0)
                    .min(BEST_FIRST);
            if (best.isEmpty()) {
                break;
            }
            var candidate = best.get().candidate();
            pool.remove(candidate);
            chosen.add(new Choice(candidate, false, take(candidate, needs, open)));
        }

        var proposed = new ArrayList<Proposed>();
        for (var choice : chosen) {
            if (visible.contains(choice.candidate().person())) {
                proposed.add(proposed(choice, pool, visible));
            }
        }
        var covers = new ArrayList<NeedCover>();
        for (int i = 0; i < needs.size(); i++) {
            covers.add(new NeedCover(needs.get(i), needs.get(i).headcount() - open[i]));
        }
        return new Staffing(covers, proposed, chosen.size() - proposed.size());
    }

    /** Whether the actor may staff work at all: managers and HR. */
    public boolean mayPropose(Actor actor) {
        return policy.allows(actor, new Action.StaffWork());
    }

    private void checked(StaffingRequest request) {
        var needs = request.needs();
        if (needs.isEmpty()) {
            throw new InvalidInput("needs", "staffing.needs-missing");
        }
        if (needs.size() > MAX_NEEDS) {
            throw new InvalidInput("needs", "staffing.needs-too-many", MAX_NEEDS);
        }
        var seen = new HashSet<SkillId>();
        for (var need : needs) {
            catalog.skill(need.skill()).orElseThrow(() -> new InvalidInput("skill", "skills.unknown"));
            if (!seen.add(need.skill())) {
                throw new InvalidInput("skill", "skills.twice");
            }
            if (need.minimum() == Level.NONE) {
                throw new InvalidInput("minimum", "staffing.minimum-too-low");
            }
            if (need.headcount() < 1 || need.headcount() > MAX_HEADCOUNT) {
                throw new InvalidInput("headcount", "staffing.headcount-out-of-range", MAX_HEADCOUNT);
            }
        }
        for (var team : request.teams()) {
            teams.byId(team).orElseThrow(() -> new InvalidInput("teams", "teams.unknown"));
        }
        if (request.pinned().size() + request.excluded().size() > MAX_PEOPLE) {
            throw new InvalidInput("pinned", "staffing.pinned-too-many", MAX_PEOPLE);
        }
        if (Set.copyOf(request.pinned()).size() < request.pinned().size()) {
            throw new InvalidInput("pinned", "staffing.pinned-twice");
        }
        if (request.pinned().stream().anyMatch(request.excluded()::contains)) {
            throw new InvalidInput("pinned", "staffing.pinned-and-excluded");
        }
    }

    /** Takes the candidate's places in the open needs they meet; what they cover. */
    private static List<Covered> take(Candidate candidate, List<Need> needs, int[] open) {
        var covers = new ArrayList<Covered>();
        for (int i = 0; i < needs.size(); i++) {
            var level = candidate.levels().get(needs.get(i).skill());
            if (level != null && open[i] > 0) {
                open[i]--;
                covers.add(new Covered(needs.get(i).skill(), level));
            }
        }
        return covers;
    }

    /**
     * The proposed person with who, of those not proposed, could stand in for them: the best few named, best first,
     * the others counted. Only the named few are put in order, not everyone who could stand in.
     */
    private static Proposed proposed(Choice choice, List<Candidate> pool, Set<PersonId> visible) {
        var skills = choice.covers().stream().map(Covered::skill).toList();
        var best = new ArrayList<Pick>(MAX_ALTERNATIVES + 1);
        int notNamed = 0;
        for (var candidate : pool) {
            int covered = 0;
            int levels = 0;
            for (var skill : skills) {
                var level = candidate.levels().get(skill);
                if (level != null) {
                    covered++;
                    levels += level.value();
                }
            }
            if (covered == 0) {
                continue;
            }
            if (!visible.contains(candidate.person())) {
                notNamed++;
                continue;
            }
            var pick = new Pick(candidate, covered, levels);
            if (best.size() == MAX_ALTERNATIVES && BEST_FIRST.compare(pick, best.getLast()) >= 0) {
                continue;
            }
            int at = Collections.binarySearch(best, pick, BEST_FIRST);
            best.add(at < 0 ? -at - 1 : at, pick);
            if (best.size() > MAX_ALTERNATIVES) {
                best.removeLast();
            }
        }
        var alternatives = best.stream()
                .map(pick -> new Alternative(
                        pick.candidate().person(),
                        pick.candidate().name(),
                        pick.candidate().teams(),
                        covers(pick.candidate(), skills)))
                .toList();
        var candidate = choice.candidate();
        return new Proposed(
                candidate.person(),
                candidate.name(),
                candidate.teams(),
                choice.pinned(),
                choice.covers(),
                alternatives,
                notNamed);
    }

    /** What the candidate covers of these skills, at their levels. */
    private static List<Covered> covers(Candidate candidate, List<SkillId> skills) {
        var covers = new ArrayList<Covered>();
        for (var skill : skills) {
            var level = candidate.levels().get(skill);
            if (level != null) {
                covers.add(new Covered(skill, level));
            }
        }
        return covers;
    }

    private record Choice(Candidate candidate, boolean pinned, List<Covered> covers) {}

    /** A candidate with the places they would fill and their summed level in those needs. */
    private record Pick(Candidate candidate, int places, int levels) {

        static Pick of(Candidate candidate, List<Need> needs, int[] open) {
            int places = 0;
            int levels = 0;
            for (int i = 0; i < needs.size(); i++) {
                var level = candidate.levels().get(needs.get(i).skill());
                if (level != null && open[i] > 0) {
                    places++;
                    levels += level.value();
                }
            }
            return new Pick(candidate, places, levels);
        }
    }
}
