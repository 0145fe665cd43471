package org.skillsmatrix.domain.assessment;

import java.util.Collection;
import java.util.List;
import java.util.Set;
import org.skillsmatrix.domain.base.PersonId;

/**
 * Port: the append-only store of assessments. Nothing is ever deleted, and nothing updated but the evidence of a
 * person who left, when their personal data is anonymised.
 */
public interface Assessments {

    void append(Assessment assessment);

    /** Appends many at once (demo data, imports), in batches. */
    void appendAll(Collection<Assessment> assessments);

    /** The person's whole history, newest first. */
    List<Assessment> history(PersonId person);

    /** The ratings the person gave others (as their manager), newest first. */
    List<Assessment> givenBy(PersonId assessor);

    /** The person's current rating in every skill they have been rated on. */
    List<CurrentRating> current(PersonId person);

    long count();

    /**
     * Of the given keys, those of assessments stored already: one set-based look-up however many keys, for
     * imports that must not add the same history twice.
     */
    Set<AssessmentKey> stored(Collection<AssessmentKey> keys);
}
