package org.skillsmatrix.domain.assessment;

import java.util.Collection;
import java.util.List;
import java.util.Set;
import org.skillsmatrix.domain.base.Page;
import org.skillsmatrix.domain.base.PageRequest;
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

    /**
     * One page of the person's ratings the filter lets through, read where they are stored, with how many there
     * are in all; ratings the sort key does not tell apart come newest first, of one instant the later stored first.
     */
    Page<Assessment> history(PersonId person, HistoryFilter filter, PageRequest<AssessmentOrder> request);

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
