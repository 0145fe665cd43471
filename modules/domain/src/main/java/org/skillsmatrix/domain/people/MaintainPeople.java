package org.skillsmatrix.domain.people;

import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.skillsmatrix.domain.access.AccessPolicy;
import org.skillsmatrix.domain.access.Action;
import org.skillsmatrix.domain.access.Actor;
import org.skillsmatrix.domain.audit.Auditor;
import org.skillsmatrix.domain.base.InvalidInput;
import org.skillsmatrix.domain.base.NotFound;
import org.skillsmatrix.domain.base.Page;
import org.skillsmatrix.domain.base.PageRequest;
import org.skillsmatrix.domain.base.PersonId;
import org.skillsmatrix.domain.base.ReadOnly;
import org.skillsmatrix.domain.base.RoleProfileId;
import org.skillsmatrix.domain.profile.RoleProfiles;

/** Use case: HR's and admins' maintenance of people. */
@Transactional
public class MaintainPeople {

    private final People people;
    private final RoleProfiles roleProfiles;
    private final AccessPolicy policy;
    private final Auditor auditor;

    public MaintainPeople(People people, RoleProfiles roleProfiles, AccessPolicy policy, Auditor auditor) {
        this.people = people;
        this.roleProfiles = roleProfiles;
        this.policy = policy;
        this.auditor = auditor;
    }

    @ReadOnly
    public List<Person> list(Actor actor) {
        policy.check(actor, new Action.MaintainPeopleAndTeams());
        return people.all();
    }

    /** One page of the people the filter lets through, for HR and admins. */
    @ReadOnly
    public Page<Person> page(Actor actor, PeopleFilter filter, PageRequest<PeopleOrder> request) {
        policy.check(actor, new Action.MaintainPeopleAndTeams());
        return people.page(filter, request);
    }

    /**
     * One person, for HR and admins who maintain them, and for whoever may read the person's profile: the person
     * themselves and the managers of their teams.
     */
    @ReadOnly
    public Person person(Actor actor, PersonId id) {
        if (!policy.allows(actor, new Action.MaintainPeopleAndTeams())) {
            policy.check(actor, new Action.ReadPerson(id));
        }
        return people.byId(id).orElseThrow(() -> new NotFound("Person", id));
    }

    public Person add(Actor actor, String name, String email, @Nullable RoleProfileId roleProfile) {
        policy.check(actor, new Action.MaintainPeopleAndTeams());
        var person = new Person(PersonId.random(), name, email, roleProfile, true, 0);
        requireUniqueEmail(person);
        requireKnownProfile(roleProfile);
        var added = people.add(person);
        auditor.record(actor, "person.added", added.id(), added.name() + " <" + added.email() + ">");
        return added;
    }

    /**
     * Changes name, e-mail, role profile or active flag; based on {@code changed.version()}. The link to the
     * identity provider's account is kept: only signing in sets it.
     */
    public Person change(Actor actor, Person changed) {
        policy.check(actor, new Action.MaintainPeopleAndTeams());
        var stored = people.byId(changed.id()).orElseThrow(() -> new NotFound("Person", changed.id()));
        if (stored.version() == changed.version()
                && stored.name().equals(changed.name())
                && stored.email().equals(changed.email())
                && Objects.equals(stored.roleProfile(), changed.roleProfile())
                && stored.active() == changed.active()) {
            return stored;
        }
        requireUniqueEmail(changed);
        requireKnownProfile(changed.roleProfile());
        var updated = people.update(new Person(
                changed.id(),
                changed.name(),
                changed.email(),
                stored.subject(),
                changed.roleProfile(),
                changed.active(),
                changed.version()));
        auditor.record(actor, "person.changed", updated.id(), updated.name() + " <" + updated.email() + ">");
        return updated;
    }

    private void requireUniqueEmail(Person person) {
        people.byEmail(person.email())
                .filter(other -> !other.id().equals(person.id()))
                .ifPresent(other -> {
                    throw new InvalidInput("email", "person.email-taken", person.email());
                });
    }

    private void requireKnownProfile(@Nullable RoleProfileId id) {
        if (id != null && roleProfiles.byId(id).isEmpty()) {
            throw new InvalidInput("roleProfile", "role-profile.unknown");
        }
    }
}
