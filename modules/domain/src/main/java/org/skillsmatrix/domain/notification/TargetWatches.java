package org.skillsmatrix.domain.notification;

import java.util.List;

/** Port: whether each team target was met at the reminders' previous run, to tell which are newly unmet. */
public interface TargetWatches {

    List<TargetWatch> all();

    /** Replaces all the watches with these: a target no longer set has none. */
    void replaceAll(List<TargetWatch> watches);
}
