package org.skillsmatrix.domain.whatif;

import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.skillsmatrix.domain.access.AccessPolicy;
import org.skillsmatrix.domain.access.Action;
import org.skillsmatrix.domain.access.Actor;
import org.skillsmatrix.domain.assessment.Assessments;
import org.skillsmatrix.domain.assessment.CurrentRating;
import org.skillsmatrix.domain.assessment.Matrices;
import org.skillsmatrix.domain.base.CertificationId;
import org.skillsmatrix.domain.base.InvalidInput;
import org.skillsmatrix.domain.base.NotFound;
import org.skillsmatrix.domain.base.PersonId;
import org.skillsmatrix.domain.base.ReadOnly;
import org.skillsmatrix.domain.base.SkillId;
import org.skillsmatrix.domain.base.TeamId;
import org.skillsmatrix.domain.catalog.Catalog;
import org.skillsmatrix.domain.certification.CertificationCoverage;
import org.skillsmatrix.domain.certification.CertificationHolders;
import org.skillsmatrix.domain.gap.Coverage;
import org.skillsmatrix.domain.gap.GapAnalysis;
import org.skillsmatrix.domain.gap.OrganisationSkillCoverage;
import org.skillsmatrix.domain.gap.SkillCoverage;
import org.skillsmatrix.domain.people.People;
import org.skillsmatrix.domain.people.Person;
import org.skillsmatrix.domain.privacy.PrivacyThreshold;
import org.skillsmatrix.domain.scale.Level;
import org.skillsmatrix.domain.search.PeopleSearch;
import org.skillsmatrix.domain.search.PersonMatch;
import org.skillsmatrix.domain.search.SkillCriterion;
import org.skillsmatrix.domain.team.Team;
import org.skillsmatrix.domain.team.TeamTargets;
import org.skillsmatrix.domain.team.Teams;

/**
 * Use case: what if these people left or moved team? Nothing is changed by asking. Each team the change touches
 * (the teams of the people who change, and the teams they move to) is analysed today and after with the rules of
 * {@link GapAnalysis}, on its members' current ratings, and its certification targets counted today and after on its
 * members' valid certificates ({@link CertificationHolders}); the organisation's coverage today is adjusted by the
 * people who leave and by the touched teams' targets. The cost follows the touched teams, not the organisation.
 * The organisation's counts of people are shown under the privacy threshold, as on the organisation's gaps.
 */
@Transactional
@ReadOnly
public class AnalyseWhatIf {

    /** The most people one question may name. */
    public static final int MAX_PEOPLE = 100;

    private final Teams teams;
    private final TeamTargets targets;
    private final CertificationHolders certificationHolders;
    private final Matrices matrices;
    private final Assessments assessments;
    private final Coverage coverage;
    private final PeopleSearch search;
    private final Catalog catalog;
    private final People people;
    private final AccessPolicy policy;
    private final PrivacyThreshold privacy;

    public AnalyseWhatIf(
            Teams teams,
            TeamTargets targets,
            CertificationHolders certificationHolders,
            Matrices matrices,
            Assessments assessments,
            Coverage coverage,
            PeopleSearch search,
            Catalog catalog,
            People people,
            AccessPolicy policy,
            PrivacyThreshold privacy) {
        this.teams = teams;
        this.targets = targets;
        this.certificationHolders = certificationHolders;
        this.matrices = matrices;
        this.assessments = assessments;
        this.coverage = coverage;
        this.search = search;
        this.catalog = catalog;
        this.people = people;
        this.policy = policy;
        this.privacy = privacy;
    }

    /**
     * Managers may ask about the members of their teams, and move them to a team they manage; HR about anyone,
     * to any team. Each touched team is shown to those who may read it, the organisation to HR.
     */
    public WhatIf ask(Actor actor, List<Change> changes) {
        var changing = checked(actor, changes);
        var names = new HashMap<PersonId, String>();
        changing.values().forEach(person -> names.put(person.id(), person.name()));

        Map<TeamId, Team> touched = new LinkedHashMap<>();
        for (var change : changes) {
            teams.memberOf(change.person()).forEach(team -> touched.put(team.id(), team));
        }
        for (var change : changes) {
            if (change instanceof Change.MovesTo(var person, var team)) {
                touched.put(team, teams.byId(team).orElseThrow(() -> new NotFound("Team", team)));
            }
        }

        Map<TeamId, Set<PersonId>> membersToday = new HashMap<>();
        Map<PersonId, List<CurrentRating>> ratings = new HashMap<>();
        for (var team : touched.values()) {
            var matrix = matrices.ofTeam(team.id());
            membersToday.put(
                    team.id(), matrix.members().stream().map(Person::id).collect(Collectors.toSet()));
            matrix.members().forEach(member -> names.put(member.id(), member.name()));
            matrix.ratings().stream()
                    .collect(Collectors.groupingBy(CurrentRating::person))
                    .forEach(ratings::putIfAbsent);
        }
        for (var person : changing.keySet()) {
            ratings.computeIfAbsent(person, assessments::current);
        }
        var allRatings = ratings.values().stream().flatMap(List::stream).toList();

        var skills = catalog.skills();
        var outcomes = new ArrayList<TeamCoverages>();
        for (var team : touched.values()) {
            var today = membersToday.getOrDefault(team.id(), Set.of());
            var after = new HashSet<>(today);
            after.removeAll(changing.keySet());
            for (var change : changes) {
                if (change instanceof Change.MovesTo(var person, var destination) && destination.equals(team.id())) {
                    after.add(person);
                }
            }
            var teamTargets = targets.of(team.id());
            outcomes.add(new TeamCoverages(
                    team,
                    GapAnalysis.teamCoverage(skills, today, allRatings, teamTargets),
                    GapAnalysis.teamCoverage(skills, after, allRatings, teamTargets),
                    certificationHolders.coverageOf(team.id(), today),
                    certificationHolders.coverageOf(team.id(), after)));
        }

        var leaving = changes.stream()
                .filter(change -> change instanceof Change.Leaves)
                .map(Change::person)
                .collect(Collectors.toSet());
        var organisation =
                policy.allows(actor, new Action.ReadOrganisation()) ? organisation(outcomes, leaving, ratings) : null;

        var shown = outcomes.stream()
                .filter(outcome ->
                        policy.allows(actor, new Action.ReadTeam(outcome.team().id())))
                .map(TeamCoverages::outcome)
                .toList();
        var soleHolders = new HashSet<PersonId>();
        shown.forEach(outcome -> outcome.skills()
                .forEach(skill -> addSole(soleHolders, skill.after().soleHolder())));
        if (organisation != null) {
            organisation
                    .skills()
                    .forEach(skill -> addSole(soleHolders, skill.after().soleHolder()));
        }
        soleHolders.removeAll(names.keySet());
        people.byIds(soleHolders).values().forEach(person -> names.put(person.id(), person.name()));
        return new WhatIf(changes, shown, outcomes.size() - shown.size(), organisation, names);
    }

    /** Whether the actor may ask what happens if this person leaves or moves. */
    public boolean mayAsk(Actor actor, PersonId person) {
        return policy.allows(actor, new Action.AskWhatIf(person));
    }

    private Map<PersonId, Person> checked(Actor actor, List<Change> changes) {
        if (changes.isEmpty()) {
            throw new InvalidInput("changes", "what-if.changes-missing");
        }
        if (changes.size() > MAX_PEOPLE) {
            throw new InvalidInput("changes", "what-if.changes-too-many", MAX_PEOPLE);
        }
        var ids = changes.stream().map(Change::person).toList();
        if (Set.copyOf(ids).size() < ids.size()) {
            throw new InvalidInput("changes", "what-if.changes-twice");
        }
        for (var change : changes) {
            policy.check(actor, new Action.AskWhatIf(change.person()));
            if (change instanceof Change.MovesTo(var person, var team)) {
                policy.check(actor, new Action.ReadTeam(team));
            }
        }
        var found = people.byIds(ids);
        var changing = new LinkedHashMap<PersonId, Person>();
        for (var change : changes) {
            var person = found.get(change.person());
            if (person == null) {
                throw new NotFound("Person", change.person());
            }
            if (!person.active()) {
                throw new InvalidInput("changes", "what-if.left-already", person.name());
            }
            if (change instanceof Change.MovesTo(var id, var destination) && movesNowhere(id, destination)) {
                throw new InvalidInput("changes", "what-if.in-team-already", person.name());
            }
            changing.put(person.id(), person);
        }
        return changing;
    }

    /** Whether moving the person to the team changes nothing: it is the only team they are a member of. */
    private boolean movesNowhere(PersonId person, TeamId destination) {
        return teams.memberOf(person).stream().map(Team::id).toList().equals(List.of(destination));
    }

    /**
     * The organisation's coverage today, with the holders who leave taken away and each touched team's targets
     * counted as they would be after.
     */
    private OrganisationOutcome organisation(
            List<TeamCoverages> outcomes, Set<PersonId> leaving, Map<PersonId, List<CurrentRating>> ratings) {
        var today = coverage.ofOrganisation();
        Map<SkillId, Integer> holdersLeaving = new HashMap<>();
        for (var person : leaving) {
            for (var rating : ratings.getOrDefault(person, List.of())) {
                if (rating.level()
                        .filter(level -> level.isAtLeast(Level.HOLDS_SKILL))
                        .isPresent()) {
                    holdersLeaving.merge(rating.skill(), 1, Integer::sum);
                }
            }
        }
        Map<SkillId, int[]> teamChanges = new HashMap<>();
        for (var outcome : outcomes) {
            for (int i = 0; i < outcome.today().size(); i++) {
                var before = outcome.today().get(i);
                var after = outcome.after().get(i);
                var change = teamChanges.computeIfAbsent(before.skill(), skill -> new int[2]);
                change[0] += missed(after) - missed(before);
                change[1] += after.shortfall() - before.shortfall();
            }
        }
        var after = new ArrayList<OrganisationSkillCoverage>();
        var changed = new ArrayList<OrganisationSkillChange>();
        for (var skill : today) {
            int holders = skill.holders() - holdersLeaving.getOrDefault(skill.skill(), 0);
            var change = teamChanges.getOrDefault(skill.skill(), new int[2]);
            var then = new OrganisationSkillCoverage(
                    skill.skill(),
                    holders,
                    holders == 1 ? remainingHolder(skill, leaving) : null,
                    skill.teamsWithTarget(),
                    skill.teamsShort() + change[0],
                    skill.shortfall() + change[1]);
            after.add(then);
            if (OrganisationSkillChange.notable(skill, then)) {
                changed.add(new OrganisationSkillChange(skill.skill(), skill, then));
            }
        }
        changed.sort((a, b) -> OrganisationSkillCoverage.RISKIEST_FIRST.compare(a.after(), b.after()));
        return new OrganisationOutcome(Figures.ofOrganisation(today), Figures.ofOrganisation(after), changed, privacy);
    }

    private static int missed(SkillCoverage skill) {
        return skill.shortfall() > 0 ? 1 : 0;
    }

    /** The one holder left of a skill whose other holders leave. */
    private PersonId remainingHolder(OrganisationSkillCoverage today, Set<PersonId> leaving) {
        var sole = today.soleHolder();
        if (sole != null && !leaving.contains(sole)) {
            return sole;
        }
        return search.find(List.of(new SkillCriterion(today.skill(), Level.HOLDS_SKILL)), today.holders()).stream()
                .map(PersonMatch::person)
                .filter(person -> !leaving.contains(person))
                .findFirst()
                .orElseThrow(() -> new IllegalStateException("the holders of " + today.skill() + " changed"));
    }

    private static void addSole(Set<PersonId> soleHolders, @Nullable PersonId person) {
        if (person != null) {
            soleHolders.add(person);
        }
    }

    /**
     * A touched team's coverage of every active skill, today and after, in the same order, and of its certification
     * targets today and after.
     */
    private record TeamCoverages(
            Team team,
            List<SkillCoverage> today,
            List<SkillCoverage> after,
            List<CertificationCoverage> certificationsToday,
            List<CertificationCoverage> certificationsAfter) {

        TeamOutcome outcome() {
            var changed = new ArrayList<TeamSkillChange>();
            for (int i = 0; i < today.size(); i++) {
                if (TeamSkillChange.notable(today.get(i), after.get(i))) {
                    changed.add(new TeamSkillChange(today.get(i).skill(), today.get(i), after.get(i)));
                }
            }
            changed.sort((a, b) -> SkillCoverage.RISKIEST_FIRST.compare(a.after(), b.after()));
            return new TeamOutcome(team, Figures.ofTeam(today), Figures.ofTeam(after), changed, certificationChanges());
        }

        /** The certification targets whose shortfall changes: those broken first, then by certification name. */
        private List<TeamCertificationChange> certificationChanges() {
            var after = new HashMap<CertificationId, CertificationCoverage>();
            certificationsAfter.forEach(
                    coverage -> after.put(coverage.certification().id(), coverage));
            var changed = new ArrayList<TeamCertificationChange>();
            for (var before : certificationsToday) {
                var then = after.get(before.certification().id());
                if (then != null && TeamCertificationChange.notable(before, then)) {
                    changed.add(new TeamCertificationChange(before, then));
                }
            }
            changed.sort(Comparator.comparing((TeamCertificationChange change) -> !change.targetBroken())
                    .thenComparing(change -> change.certification().name()));
            return changed;
        }
    }
}
