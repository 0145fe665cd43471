package org.skillsmatrix.domain.people;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.skillsmatrix.domain.base.Page;
import org.skillsmatrix.domain.base.PageRequest;
import org.skillsmatrix.domain.base.PersonId;

/**
 * Port: the people of the organisation. Updates fail with ConcurrentEdit on a stale version; an e-mail or a
 * subject that another person already has fails with InvalidInput.
 */
public interface People {

    Optional<Person> byId(PersonId id);

    /** The people with these ids, in one read; an id nobody has is left out. */
    Map<PersonId, Person> byIds(Collection<PersonId> ids);

    Optional<Person> byEmail(String email);

    /** The person linked to the identity provider's account with this subject. */
    Optional<Person> byExternalSubject(String subject);

    /** Everyone, by name. */
    List<Person> all();

    /**
     * One page of the people the filter lets through, read where they are stored, with how many there are in all;
     * people the sort key does not tell apart come by name (regardless of case), then e-mail.
     */
    Page<Person> page(PeopleFilter filter, PageRequest<PeopleOrder> request);

    long count();

    /** How many people are active, counted where they are stored. */
    long countActive();

    Person add(Person person);

    /**
     * Adds many people at once (an organisation's first start), as {@link #add} each; cheaper per person the more
     * there are.
     */
    void addAll(List<Person> added);

    Person update(Person person);
}
