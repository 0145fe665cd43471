package org.skillsmatrix.domain.retention;

import java.time.Instant;
import java.util.List;
import org.skillsmatrix.domain.base.PersonId;

/** Port: the people who left, and the anonymisation of their personal data. */
public interface Leavers {

    /** Every deactivated person whose personal data is still stored. */
    List<Leaver> notAnonymised();

    /**
     * Replaces the person's personal data by the pseudonym: name, e-mail and the link to their sign-in account; the
     * free texts about them (the evidence of their ratings and certificates); their notifications and e-mail setting;
     * and their name and e-mail where other stored texts (audit entries, others' notifications) repeat them. What
     * they rated and were rated, their certificates' dates and their teams stay, so figures do not change.
     *
     * @return false, changing nothing, when the person is active again or anonymised already
     */
    boolean anonymise(PersonId person, Pseudonym pseudonym, Instant at);
}
