package org.skillsmatrix.domain.gap;

import jakarta.transaction.Transactional;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.skillsmatrix.domain.access.AccessPolicy;
import org.skillsmatrix.domain.access.Action;
import org.skillsmatrix.domain.access.Actor;
import org.skillsmatrix.domain.assessment.CurrentRating;
import org.skillsmatrix.domain.assessment.Matrices;
import org.skillsmatrix.domain.assessment.RatingAge;
import org.skillsmatrix.domain.base.NotFound;
import org.skillsmatrix.domain.base.PersonId;
import org.skillsmatrix.domain.base.ReadOnly;
import org.skillsmatrix.domain.base.TeamId;
import org.skillsmatrix.domain.catalog.Catalog;
import org.skillsmatrix.domain.certification.CertificationHolders;
import org.skillsmatrix.domain.people.People;
import org.skillsmatrix.domain.people.Person;
import org.skillsmatrix.domain.team.TeamTargets;
import org.skillsmatrix.domain.team.Teams;

/** Use case: a team's coverage against its targets, bus factor and roll-up per category. */
@Transactional
@ReadOnly
public class AnalyseTeamGaps {

    private final Coverage coverage;
    private final Matrices matrices;
    private final TeamTargets targets;
    private final Teams teams;
    private final Catalog catalog;
    private final People people;
    private final AccessPolicy policy;
    private final RatingAge age;
    private final CertificationHolders certificationHolders;

    public AnalyseTeamGaps(
            Coverage coverage,
            Matrices matrices,
            TeamTargets targets,
            Teams teams,
            Catalog catalog,
            People people,
            AccessPolicy policy,
            RatingAge age,
            CertificationHolders certificationHolders) {
        this.coverage = coverage;
        this.matrices = matrices;
        this.targets = targets;
        this.teams = teams;
        this.catalog = catalog;
        this.people = people;
        this.policy = policy;
        this.age = age;
        this.certificationHolders = certificationHolders;
    }

    /**
     * The team's coverage. Each skill says how many holders' ratings are stale; where the setting counts a stale
     * rating one level lower, the coverage is folded from the members' ratings with that rule. The certification
     * targets count the active members holding a valid certificate.
     */
    public TeamGaps analyse(Actor actor, TeamId id) {
        policy.check(actor, new Action.ReadTeam(id));
        var team = teams.byId(id).orElseThrow(() -> new NotFound("Team", id));
        var matrix = matrices.ofTeam(id);
        var members = matrix.members().stream().map(Person::id).collect(Collectors.toSet());
        var skills = coverageOf(id, members, matrix.ratings());
        var rollups = CategoryRollup.of(skills, catalog.skills());
        return new TeamGaps(
                team,
                skills.stream().sorted(SkillCoverage.RISKIEST_FIRST).toList(),
                rollups,
                SoleHolders.named(people, skills.stream().map(SkillCoverage::soleHolder)),
                age.staleCountsOneLevelLower(),
                certificationHolders.coverageOf(id, members));
    }

    /**
     * The team's coverage of each skill, as its Gaps page counts it; for work done on nobody's behalf, such as the
     * reminders of targets newly unmet. Whoever asks on someone's behalf goes through {@link #analyse}.
     */
    public List<SkillCoverage> coverageOf(TeamId id) {
        var matrix = matrices.ofTeam(id);
        return coverageOf(id, matrix.members().stream().map(Person::id).collect(Collectors.toSet()), matrix.ratings());
    }

    private List<SkillCoverage> coverageOf(TeamId id, Set<PersonId> members, Collection<CurrentRating> ratings) {
        return age.staleCountsOneLevelLower()
                ? GapAnalysis.teamCoverage(catalog.skills(), members, ratings, targets.of(id), age)
                : GapAnalysis.withStaleHolders(coverage.ofTeam(id), members, ratings, age);
    }
}
