package org.skillsmatrix.domain.assessment;

import jakarta.transaction.Transactional;
import org.skillsmatrix.domain.access.AccessPolicy;
import org.skillsmatrix.domain.access.Action;
import org.skillsmatrix.domain.access.Actor;
import org.skillsmatrix.domain.base.NotFound;
import org.skillsmatrix.domain.base.Page;
import org.skillsmatrix.domain.base.PageRequest;
import org.skillsmatrix.domain.base.PersonId;
import org.skillsmatrix.domain.base.ReadOnly;
import org.skillsmatrix.domain.base.TeamId;
import org.skillsmatrix.domain.people.People;

/** Use case: reading a person's skill profile, or a team's matrix. */
@Transactional
@ReadOnly
public class ViewSkillProfile {

    private final Assessments assessments;
    private final Matrices matrices;
    private final People people;
    private final AccessPolicy policy;

    public ViewSkillProfile(Assessments assessments, Matrices matrices, People people, AccessPolicy policy) {
        this.assessments = assessments;
        this.matrices = matrices;
        this.people = people;
        this.policy = policy;
    }

    public SkillProfile of(Actor actor, PersonId person) {
        policy.check(actor, new Action.ReadPerson(person));
        var found = people.byId(person).orElseThrow(() -> new NotFound("Person", person));
        return new SkillProfile(found, assessments.current(person), assessments.history(person));
    }

    /** A page of the person's rating history, for those who may read the person. */
    public Page<Assessment> history(
            Actor actor, PersonId person, HistoryFilter filter, PageRequest<AssessmentOrder> request) {
        policy.check(actor, new Action.ReadPerson(person));
        if (people.byId(person).isEmpty()) {
            throw new NotFound("Person", person);
        }
        return assessments.history(person, filter, request);
    }

    public TeamMatrix ofTeam(Actor actor, TeamId team) {
        policy.check(actor, new Action.ReadTeam(team));
        return matrices.ofTeam(team);
    }
}
