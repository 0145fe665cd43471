package org.skillsmatrix.domain.assessment;

import java.util.Collection;
import java.util.List;
import org.skillsmatrix.domain.base.PersonId;

/** Port: the append-only store of assessments. Nothing is ever updated or deleted. */
public interface Assessments {

    void append(Assessment assessment);

    /** Appends many at once (demo data, imports), in batches. */
    void appendAll(Collection<Assessment> assessments);

    /** The person's whole history, newest first. */
    List<Assessment> history(PersonId person);

    /** The person's current rating in every skill they have been rated on. */
    List<CurrentRating> current(PersonId person);

    long count();
}
