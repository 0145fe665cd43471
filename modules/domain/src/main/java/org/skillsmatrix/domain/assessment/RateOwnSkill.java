package org.skillsmatrix.domain.assessment;

import jakarta.transaction.Transactional;
import java.time.Clock;
import org.jspecify.annotations.Nullable;
import org.skillsmatrix.domain.access.AccessPolicy;
import org.skillsmatrix.domain.access.Action;
import org.skillsmatrix.domain.access.Actor;
import org.skillsmatrix.domain.audit.Auditor;
import org.skillsmatrix.domain.base.AccessDenied;
import org.skillsmatrix.domain.base.NotFound;
import org.skillsmatrix.domain.base.SkillId;
import org.skillsmatrix.domain.catalog.Catalog;
import org.skillsmatrix.domain.people.People;
import org.skillsmatrix.domain.scale.Interest;
import org.skillsmatrix.domain.scale.Level;

/** Use case: an employee who has not left rates their own skill, with their interest and optional evidence. */
@Transactional
public class RateOwnSkill {

    private final Assessments assessments;
    private final Catalog catalog;
    private final People people;
    private final AccessPolicy policy;
    private final Auditor auditor;
    private final Clock clock;

    public RateOwnSkill(
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

    public Assessment rate(Actor actor, SkillId skill, Level level, Interest interest, @Nullable String evidence) {
        policy.check(actor, new Action.RateSelf(actor.person()));
        var self = people.byId(actor.person()).orElseThrow(() -> new NotFound("Person", actor.person()));
        if (!self.active()) {
            throw new AccessDenied(self.name() + " has left the organisation and can no longer rate their skills");
        }
        var rated = SkillRatings.rateableSkill(catalog, skill);
        var assessment = Assessment.self(actor.person(), skill, level, interest, clock.instant(), evidence);
        assessments.append(assessment);
        auditor.record(
                actor, "skill.self-rated", actor.person(), rated.name() + " = " + level.value() + ", " + interest);
        return assessment;
    }
}
