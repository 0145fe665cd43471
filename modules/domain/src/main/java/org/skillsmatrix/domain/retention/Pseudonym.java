package org.skillsmatrix.domain.retention;

import org.skillsmatrix.domain.base.PersonId;

/**
 * What an anonymised person is stored as instead of their name and e-mail: made from their id alone, so that lists
 * still tell two former members apart and nothing of the person is left in it. The e-mail is in the reserved
 * {@code .invalid} domain, so no mail can reach anyone.
 */
public record Pseudonym(String name, String email) {

    public static Pseudonym of(PersonId person) {
        var id = person.value().toString();
        return new Pseudonym("Former member " + id.substring(0, 8), id + "@anonymised.invalid");
    }
}
