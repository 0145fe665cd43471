package org.skillsmatrix.domain.mentoring;

import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.skillsmatrix.domain.access.AccessPolicy;
import org.skillsmatrix.domain.access.Action;
import org.skillsmatrix.domain.access.Actor;
import org.skillsmatrix.domain.base.KeptAnswers;
import org.skillsmatrix.domain.base.NotFound;
import org.skillsmatrix.domain.base.PersonId;
import org.skillsmatrix.domain.base.ReadOnly;
import org.skillsmatrix.domain.base.SkillId;
import org.skillsmatrix.domain.base.TeamId;
import org.skillsmatrix.domain.catalog.Catalog;
import org.skillsmatrix.domain.catalog.Skill;
import org.skillsmatrix.domain.people.People;
import org.skillsmatrix.domain.people.Person;
import org.skillsmatrix.domain.scale.Level;
import org.skillsmatrix.domain.team.Team;
import org.skillsmatrix.domain.team.Teams;

/**
 * Use case: propose mentor pairs for a team's members (its managers, HR) or for every team's (HR), by {@link
 * PairingRules}. Mentors may come from anywhere in the organisation. Nothing is changed by asking. A team's pairs are
 * the organisation's made for its members' needs, so the cap counts a mentor's pairs across all teams, and a team's
 * read after a change gets what a read of the organisation's gets. The proposals are kept between reads while nothing
 * they are computed from changes: they take seconds to compute at ten thousand people, and the organisation's API
 * reads them a page at a time. Kept proposals may have been computed before the last goals were set (the kept answers
 * may give them while new ones are computed), so a proposal whose learner has been set a goal in the skill since, or
 * whose mentor has taken on as many open goals as the cap, is left out.
 */
@Transactional
@ReadOnly
public class ProposeMentors {

    private final MentorCandidates candidates;
    private final DevelopmentGoals goals;
    private final Teams teams;
    private final Catalog catalog;
    private final People people;
    private final AccessPolicy policy;
    private final int mentorCap;
    private final KeptAnswers<MentorProposals> kept;

    /** The question of the organisation's proposals, the only one kept. */
    private static final String ORGANISATION = "organisation";

    public ProposeMentors(
            MentorCandidates candidates,
            DevelopmentGoals goals,
            Teams teams,
            Catalog catalog,
            People people,
            AccessPolicy policy,
            int mentorCap,
            KeptAnswers<MentorProposals> kept) {
        if (mentorCap < 1) {
            throw new IllegalArgumentException("a mentor takes at least one pair, not " + mentorCap);
        }
        this.candidates = candidates;
        this.goals = goals;
        this.teams = teams;
        this.catalog = catalog;
        this.people = people;
        this.policy = policy;
        this.mentorCap = mentorCap;
        this.kept = kept;
    }

    public MentorProposals forTeam(Actor actor, TeamId id) {
        policy.check(actor, new Action.ReadTeam(id));
        var team = teams.byId(id).orElseThrow(() -> new NotFound("Team", id));
        return organisation().ofTeam(team.id());
    }

    public MentorProposals forOrganisation(Actor actor) {
        policy.check(actor, new Action.ReadOrganisation());
        return organisation();
    }

    private MentorProposals organisation() {
        return withoutGoalsSetSince(kept.get(ORGANISATION, this::organisationProposed));
    }

    /**
     * Starts computing the organisation's proposals aside if there may be more learning needs than {@code
     * needs} (more ratings that want to grow), so that the first read after the application starts does not wait for
     * them: seconds at ten thousand people. Until they are there, a read is refused with {@link
     * org.skillsmatrix.domain.base.NotYetComputed} once it has waited a moment, a team's too. Smaller proposals are
     * left to their first reader.
     *
     * @return whether the computation was started
     */
    public boolean computeOrganisationAsideIfMoreThan(int needs) {
        if (candidates.wishesToGrow() <= needs) {
            return false;
        }
        kept.computeAside(ORGANISATION, this::organisationProposed);
        return true;
    }

    private MentorProposals organisationProposed() {
        var teamNames = teams.all().stream().collect(Collectors.toMap(Team::id, Team::name));
        return proposed(candidates.needs(), teamNames);
    }

    private record LearnerSkill(PersonId learner, SkillId skill) {}

    /**
     * The proposals less those the open goals now rule out: a learner set a goal in the skill, and a mentor's pairs
     * past the cap, the least preferred first, whose learners count as unmatched until the proposals are computed
     * anew. Proposals computed with the goals open now are given as they are.
     */
    private MentorProposals withoutGoalsSetSince(MentorProposals proposals) {
        var open = goals.open();
        if (open.isEmpty()) {
            return proposals;
        }
        var served = new HashSet<LearnerSkill>();
        var load = new HashMap<PersonId, Integer>();
        for (var goal : open) {
            served.add(new LearnerSkill(goal.learner(), goal.skill()));
            if (goal.mentor() != null) {
                load.merge(goal.mentor(), 1, Integer::sum);
            }
        }
        var left = new ArrayList<MentorProposal>();
        var unmatchedByTeam = new HashMap<>(proposals.unmatchedByTeam());
        int pastTheCap = 0;
        for (var proposal : proposals.proposals()) {
            if (served.contains(new LearnerSkill(proposal.learner(), proposal.skill()))) {
                continue;
            }
            if (load.merge(proposal.mentor(), 1, Integer::sum) <= mentorCap) {
                left.add(proposal);
            } else {
                pastTheCap++;
                unmatchedByTeam.merge(proposal.team(), 1, Integer::sum);
            }
        }
        return left.size() == proposals.proposals().size()
                ? proposals
                : new MentorProposals(left, proposals.mentorCap(), proposals.unmatched() + pastTheCap, unmatchedByTeam);
    }

    /** Whether the actor may ask for the whole organisation's proposals. */
    public boolean mayReadOrganisation(Actor actor) {
        return policy.allows(actor, new Action.ReadOrganisation());
    }

    private MentorProposals proposed(List<LearningNeed> needs, Map<TeamId, String> teamNames) {
        var lowestLevels = new HashMap<SkillId, Level>();
        needs.forEach(need -> lowestLevels.merge(
                need.skill(), PairingRules.mentorLevel(need), (one, other) -> one.isAtLeast(other) ? other : one));
        var mentors = lowestLevels.isEmpty() ? List.<MentorCandidate>of() : candidates.mentors(lowestLevels);
        var named = new HashSet<PersonId>();
        needs.forEach(need -> named.add(need.learner()));
        mentors.forEach(mentor -> named.add(mentor.person()));
        var names = people.byIds(named).values().stream().collect(Collectors.toMap(Person::id, Person::name));
        var skillNames = catalog.skills().stream().collect(Collectors.toMap(Skill::id, Skill::name));
        return PairingRules.propose(needs, mentors, goals.open(), mentorCap, names, skillNames, teamNames);
    }
}
