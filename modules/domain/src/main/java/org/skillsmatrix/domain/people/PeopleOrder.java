package org.skillsmatrix.domain.people;

/** What a list of people may be sorted by; people the key does not tell apart come by name, then e-mail. */
public enum PeopleOrder {
    NAME,
    EMAIL
}
