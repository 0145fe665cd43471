package org.skillsmatrix.domain.assessment;

import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import org.skillsmatrix.domain.access.AccessPolicy;
import org.skillsmatrix.domain.access.Action;
import org.skillsmatrix.domain.access.Actor;
import org.skillsmatrix.domain.audit.Auditor;
import org.skillsmatrix.domain.base.AccessDenied;
import org.skillsmatrix.domain.base.InvalidInput;
import org.skillsmatrix.domain.base.NotFound;
import org.skillsmatrix.domain.base.PersonId;
import org.skillsmatrix.domain.base.SkillId;
import org.skillsmatrix.domain.catalog.Catalog;
import org.skillsmatrix.domain.catalog.Skill;
import org.skillsmatrix.domain.people.People;
import org.skillsmatrix.domain.people.Person;

/**
 * Use case: "still accurate". A person, or their manager, confirms a rating without changing it, which records a new
 * assessment at the same level, so the rating is no longer stale. The person confirms their own rating (with the
 * interest they last gave); a manager confirms the level that counts.
 */
@Transactional
public class ConfirmRatings {

    private final Assessments assessments;
    private final Catalog catalog;
    private final People people;
    private final AccessPolicy policy;
    private final Auditor auditor;
    private final RatingAge age;
    private final Clock clock;

    public ConfirmRatings(
            Assessments assessments,
            Catalog catalog,
            People people,
            AccessPolicy policy,
            Auditor auditor,
            RatingAge age,
            Clock clock) {
        this.assessments = assessments;
        this.catalog = catalog;
        this.people = people;
        this.policy = policy;
        this.auditor = auditor;
        this.age = age;
        this.clock = clock;
    }

    /** The actor confirms their own rating in the skill: a new self-rating at the level and interest they gave. */
    public Assessment confirmOwn(Actor actor, SkillId skill) {
        policy.check(actor, new Action.RateSelf(actor.person()));
        var self = activeSelf(actor);
        var rated = SkillRatings.rateableSkill(catalog, skill);
        var current = currentOf(self.id(), skill);
        if (current.self() == null || current.interest() == null) {
            throw new InvalidInput("skill", "assessment.confirm-unrated-self", rated.name());
        }
        var confirmed =
                Assessment.self(self.id(), skill, current.self().level(), current.interest(), clock.instant(), null);
        assessments.append(confirmed);
        auditor.record(
                actor,
                "skill.self-confirmed",
                self.id(),
                rated.name() + " = " + confirmed.level().value());
        return confirmed;
    }

    /**
     * The actor confirms every one of their own ratings that has gone stale, each as a new self-rating at the same
     * level and interest; ratings of retired skills are left as they are. Returns the assessments recorded.
     */
    public List<Assessment> confirmAllStale(Actor actor) {
        policy.check(actor, new Action.RateSelf(actor.person()));
        var self = activeSelf(actor);
        var now = clock.instant();
        var confirmed = new ArrayList<Assessment>();
        var names = new ArrayList<String>();
        for (var current : assessments.current(self.id())) {
            var skill = catalog.skill(current.skill()).filter(Skill::active);
            if (skill.isEmpty()
                    || current.self() == null
                    || current.interest() == null
                    || !age.isStale(current.self())) {
                continue;
            }
            confirmed.add(
                    Assessment.self(self.id(), current.skill(), current.self().level(), current.interest(), now, null));
            names.add(skill.get().name() + " = " + current.self().level().value());
        }
        if (!confirmed.isEmpty()) {
            assessments.appendAll(confirmed);
            auditor.record(actor, "skill.self-confirmed", self.id(), String.join(", ", names));
        }
        return confirmed;
    }

    /** A manager confirms the level that counts for a member of a team they manage: a manager rating at it. */
    public Assessment confirmMember(Actor actor, PersonId person, SkillId skill) {
        policy.check(actor, new Action.RateAsManager(person));
        var rated = people.byId(person).orElseThrow(() -> new NotFound("Person", person));
        if (!rated.active()) {
            throw new InvalidInput("person", "person.left.ratings", rated.name());
        }
        var ratedSkill = SkillRatings.rateableSkill(catalog, skill);
        var level = currentOf(person, skill)
                .level()
                .orElseThrow(() -> new InvalidInput(
                        "skill", "assessment.confirm-unrated-member", rated.name(), ratedSkill.name()));
        var confirmed = Assessment.byManager(person, skill, level, actor.person(), clock.instant(), null);
        assessments.append(confirmed);
        auditor.record(actor, "skill.manager-confirmed", person, ratedSkill.name() + " = " + level.value());
        return confirmed;
    }

    private Person activeSelf(Actor actor) {
        var self = people.byId(actor.person()).orElseThrow(() -> new NotFound("Person", actor.person()));
        if (!self.active()) {
            throw new AccessDenied(self.name() + " has left the organisation and can no longer rate their skills");
        }
        return self;
    }

    private CurrentRating currentOf(PersonId person, SkillId skill) {
        return assessments.current(person).stream()
                .filter(rating -> rating.skill().equals(skill))
                .findFirst()
                .orElse(new CurrentRating(person, skill, null, null, null));
    }
}
