package org.skillsmatrix.domain.testing;

import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.skillsmatrix.domain.base.ConcurrentEdit;
import org.skillsmatrix.domain.base.InvalidInput;
import org.skillsmatrix.domain.base.NotFound;
import org.skillsmatrix.domain.base.Page;
import org.skillsmatrix.domain.base.PageRequest;
import org.skillsmatrix.domain.base.PersonId;
import org.skillsmatrix.domain.people.People;
import org.skillsmatrix.domain.people.PeopleFilter;
import org.skillsmatrix.domain.people.PeopleOrder;
import org.skillsmatrix.domain.people.Person;

/**
 * {@link People} in memory. E-mail look-ups ignore case, as stored e-mails are lower case; e-mails and subjects
 * are unique, as the database keeps them.
 */
public class InMemoryPeople implements People {

    static final Comparator<Person> BY_NAME =
            Comparator.comparing(Person::name, String.CASE_INSENSITIVE_ORDER).thenComparing(Person::email);

    private final Map<PersonId, Person> people = new LinkedHashMap<>();

    @Override
    public synchronized Optional<Person> byId(PersonId id) {
        return Optional.ofNullable(people.get(id));
    }

    @Override
    public synchronized Map<PersonId, Person> byIds(Collection<PersonId> ids) {
        return ids.stream()
                .distinct()
                .filter(people::containsKey)
                .collect(Collectors.toUnmodifiableMap(Function.identity(), people::get));
    }

    @Override
    public synchronized Optional<Person> byEmail(String email) {
        var wanted = email.strip().toLowerCase(Locale.ROOT);
        return people.values().stream()
                .filter(person -> person.email().equals(wanted))
                .findFirst();
    }

    @Override
    public synchronized Optional<Person> byExternalSubject(String subject) {
        return people.values().stream()
                .filter(person -> subject.equals(person.subject()))
                .findFirst();
    }

    @Override
    public synchronized List<Person> all() {
        return people.values().stream().sorted(BY_NAME).toList();
    }

    @Override
    public synchronized Page<Person> page(PeopleFilter filter, PageRequest<PeopleOrder> request) {
        Comparator<Person> key = switch (request.sortBy()) {
            case NAME -> Comparator.comparing(Person::name, String.CASE_INSENSITIVE_ORDER);
            case EMAIL -> Comparator.comparing(Person::email);
        };
        var order = (request.descending() ? key.reversed() : key).thenComparing(BY_NAME);
        return Page.of(
                people.values().stream().filter(filter::test).sorted(order).toList(), request);
    }

    @Override
    public synchronized long count() {
        return people.size();
    }

    @Override
    public synchronized long countActive() {
        return people.values().stream().filter(Person::active).count();
    }

    @Override
    public synchronized Person add(Person person) {
        if (people.putIfAbsent(person.id(), person) != null) {
            throw new IllegalArgumentException("person " + person.id() + " was added before");
        }
        try {
            requireUnique(person);
        } catch (InvalidInput taken) {
            people.remove(person.id());
            throw taken;
        }
        return person;
    }

    @Override
    public synchronized void addAll(List<Person> added) {
        added.forEach(this::add);
    }

    @Override
    public synchronized Person update(Person person) {
        var stored = people.get(person.id());
        if (stored == null) {
            throw new NotFound("Person", person.id());
        }
        if (stored.version() != person.version()) {
            throw new ConcurrentEdit("Person '" + stored.name() + "'");
        }
        requireUnique(person);
        var updated = new Person(
                person.id(),
                person.name(),
                person.email(),
                person.subject(),
                person.roleProfile(),
                person.active(),
                person.version() + 1);
        people.put(updated.id(), updated);
        return updated;
    }

    /** What the database's unique keys refuse: an e-mail or a subject that someone else has. */
    private void requireUnique(Person person) {
        for (var other : people.values()) {
            if (other.id().equals(person.id())) {
                continue;
            }
            if (other.email().equals(person.email())) {
                throw new InvalidInput("email", "person.email-taken", person.email());
            }
            if (person.subject() != null && person.subject().equals(other.subject())) {
                throw new InvalidInput("subject", "person.subject-taken");
            }
        }
    }
}
