package org.skillsmatrix.domain.conflict;

import jakarta.transaction.Transactional;
import java.util.Optional;
import org.skillsmatrix.domain.access.AccessPolicy;
import org.skillsmatrix.domain.access.Action;
import org.skillsmatrix.domain.access.Actor;
import org.skillsmatrix.domain.audit.AuditLog;
import org.skillsmatrix.domain.base.ReadOnly;
import org.skillsmatrix.domain.people.People;
import org.skillsmatrix.domain.people.Person;

/**
 * Use case: after an edit lost a race ({@link org.skillsmatrix.domain.base.ConcurrentEdit}), who changed the
 * subject last and when. Only for an actor allowed the edit they attempted; the subject is what the use
 * cases record in the audit trail: the skill's, category's, team's, person's or role profile's id, or the value of a
 * level of the scale.
 */
@Transactional
@ReadOnly
public class ExplainConflict {

    private final AuditLog log;
    private final People people;
    private final AccessPolicy policy;

    public ExplainConflict(AuditLog log, People people, AccessPolicy policy) {
        this.log = log;
        this.people = people;
        this.policy = policy;
    }

    public Optional<LastChange> lastChange(Actor actor, Action attempted, Object subject) {
        policy.check(actor, attempted);
        return log.latestAbout(String.valueOf(subject))
                .map(entry -> new LastChange(
                        people.byId(entry.actor())
                                .map(Person::name)
                                .orElse(entry.actor().toString()),
                        entry.at(),
                        entry.action(),
                        entry.detail()));
    }
}
