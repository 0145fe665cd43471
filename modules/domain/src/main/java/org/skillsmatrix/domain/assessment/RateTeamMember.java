package org.skillsmatrix.domain.assessment;

import jakarta.transaction.Transactional;
import java.time.Clock;
import org.jspecify.annotations.Nullable;
import org.skillsmatrix.domain.access.AccessPolicy;
import org.skillsmatrix.domain.access.Action;
import org.skillsmatrix.domain.access.Actor;
import org.skillsmatrix.domain.audit.Auditor;
import org.skillsmatrix.domain.base.InvalidInput;
import org.skillsmatrix.domain.base.NotFound;
import org.skillsmatrix.domain.base.PersonId;
import org.skillsmatrix.domain.base.SkillId;
import org.skillsmatrix.domain.catalog.Catalog;
import org.skillsmatrix.domain.people.People;
import org.skillsmatrix.domain.scale.Level;

/** Use case: a manager rates, or validates, a member of a team they manage who has not left. */
@Transactional
public class RateTeamMember {

    private final Assessments assessments;
    private final Catalog catalog;
    private final People people;
    private final AccessPolicy policy;
    private final Auditor auditor;
    private final Clock clock;

    public RateTeamMember(
            Assessments assessments,
            Catalog catalog,
            People people,
            AccessPolicy policy,
            Auditor auditor,
            Clock clock) {
        this.assessments = assessments;
        this.catalog = catalog;
        this.people = people;
        this.policy = policy;
        this.auditor = auditor;
        this.clock = clock;
    }

    public Assessment rate(Actor actor, PersonId person, SkillId skill, Level level, @Nullable String evidence) {
        policy.check(actor, new Action.RateAsManager(person));
        var rated = people.byId(person).orElseThrow(() -> new NotFound("Person", person));
        if (!rated.active()) {
            throw new InvalidInput("person", "person.left.ratings", rated.name());
        }
        var ratedSkill = SkillRatings.rateableSkill(catalog, skill);
        var assessment = Assessment.byManager(person, skill, level, actor.person(), clock.instant(), evidence);
        assessments.append(assessment);
        auditor.record(actor, "skill.manager-rated", person, ratedSkill.name() + " = " + level.value());
        return assessment;
    }
}
