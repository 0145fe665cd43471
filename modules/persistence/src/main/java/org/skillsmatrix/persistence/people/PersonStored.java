package org.skillsmatrix.persistence.people;

import org.skillsmatrix.domain.base.PersonId;

/**
 * Published, within the writing transaction, whenever a person is added or changed: for whatever keeps people's
 * data outside the database, which forgets it once the transaction commits.
 */
public record PersonStored(PersonId person) {}
