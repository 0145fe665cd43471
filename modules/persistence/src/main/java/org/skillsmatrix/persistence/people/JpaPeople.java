package org.skillsmatrix.persistence.people;

import jakarta.persistence.EntityManager;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.skillsmatrix.domain.base.NotFound;
import org.skillsmatrix.domain.base.Page;
import org.skillsmatrix.domain.base.PageRequest;
import org.skillsmatrix.domain.base.PersonId;
import org.skillsmatrix.domain.people.People;
import org.skillsmatrix.domain.people.PeopleFilter;
import org.skillsmatrix.domain.people.PeopleOrder;
import org.skillsmatrix.domain.people.Person;
import org.skillsmatrix.persistence.base.Like;
import org.skillsmatrix.persistence.base.UniqueKey;
import org.skillsmatrix.persistence.base.Writes;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/**
 * The {@link People} port on the {@code person} table. E-mails are stored in lower case, as the domain keeps them;
 * e-mails and subjects are unique keys, so a look-up by either is one index probe. Each write publishes
 * {@link PersonStored}.
 */
@Repository
@Transactional
class JpaPeople implements People {

    private final PersonRepository people;
    private final EntityManager entityManager;
    private final ApplicationEventPublisher events;

    JpaPeople(PersonRepository people, EntityManager entityManager, ApplicationEventPublisher events) {
        this.people = people;
        this.entityManager = entityManager;
        this.events = events;
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<Person> byId(PersonId id) {
        return people.findById(id.value()).map(PersonEntity::toDomain);
    }

    @Override
    @Transactional(readOnly = true)
    public Map<PersonId, Person> byIds(Collection<PersonId> ids) {
        return people.findAllById(ids.stream().map(PersonId::value).distinct().toList()).stream()
                .map(PersonEntity::toDomain)
                .collect(Collectors.toUnmodifiableMap(Person::id, Function.identity()));
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<Person> byEmail(String email) {
        return people.findByEmail(email.strip().toLowerCase(Locale.ROOT)).map(PersonEntity::toDomain);
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<Person> byExternalSubject(String subject) {
        return people.findBySubject(subject).map(PersonEntity::toDomain);
    }

    @Override
    @Transactional(readOnly = true)
    public List<Person> all() {
        return people.findAllByOrderByNameAscEmailAsc().stream()
                .map(PersonEntity::toDomain)
                .toList();
    }

    /** LIMIT and OFFSET on the filtered people, and a count of them; ties of the sort key come by name, then e-mail. */
    @Override
    @Transactional(readOnly = true)
    public Page<Person> page(PeopleFilter filter, PageRequest<PeopleOrder> request) {
        var direction = request.descending() ? " desc" : " asc";
        var order = switch (request.sortBy()) {
            case NAME -> "lower(p.name)" + direction + ", p.email";
            case EMAIL -> "p.email" + direction;
        };
        var where = " where (lower(p.name) like :text escape '\\' or p.email like :text escape '\\')"
                + (filter.active() == null ? "" : " and p.active = :active");
        var items = entityManager.createQuery(
                "select p from PersonEntity p" + where + " order by " + order + ", lower(p.name), p.email",
                PersonEntity.class);
        var total = entityManager.createQuery("select count(p) from PersonEntity p" + where, Long.class);
        for (var query : List.of(items, total)) {
            query.setParameter("text", "%" + Like.escaped(filter.text()) + "%");
            if (filter.active() != null) {
                query.setParameter("active", filter.active());
            }
        }
        var found = items.setFirstResult((int) request.offset())
                .setMaxResults(request.size())
                .getResultList();
        return new Page<>(found.stream().map(PersonEntity::toDomain).toList(), total.getSingleResult());
    }

    @Override
    @Transactional(readOnly = true)
    public long count() {
        return people.count();
    }

    @Override
    @Transactional(readOnly = true)
    public long countActive() {
        return people.countByActiveTrue();
    }

    @Override
    public Person add(Person person) {
        var entity = new PersonEntity(person);
        entityManager.persist(entity);
        Writes.flush(entityManager, describe(person), uniqueEmail(person), uniqueSubject());
        events.publishEvent(new PersonStored(person.id()));
        return entity.toDomain();
    }

    /**
     * Persists them all and flushes once; then leaves them out of the persistence context, so that the writes later
     * in the same transaction do not check every one of them for changes at each of their flushes.
     */
    @Override
    public void addAll(List<Person> added) {
        var entities = added.stream().map(PersonEntity::new).toList();
        entities.forEach(entityManager::persist);
        Writes.flush(
                entityManager,
                added.size() + " people",
                UniqueKey.of("uq_person_email", "email", "people.email-twice"),
                uniqueSubject());
        entities.forEach(entityManager::detach);
        added.forEach(person -> events.publishEvent(new PersonStored(person.id())));
    }

    @Override
    public Person update(Person person) {
        var entity = people.findById(person.id().value()).orElseThrow(() -> new NotFound("Person", person.id()));
        Writes.requireVersion(entity.version(), person.version(), describe(person));
        entity.apply(person);
        Writes.flush(entityManager, describe(person), uniqueEmail(person), uniqueSubject());
        events.publishEvent(new PersonStored(person.id()));
        return entity.toDomain();
    }

    private static String describe(Person person) {
        return person.name() + " <" + person.email() + ">";
    }

    private static UniqueKey uniqueSubject() {
        return UniqueKey.of("uq_person_subject", "subject", "person.subject-taken");
    }

    private static UniqueKey uniqueEmail(Person person) {
        return UniqueKey.of("uq_person_email", "email", "person.email-taken", person.email());
    }
}
