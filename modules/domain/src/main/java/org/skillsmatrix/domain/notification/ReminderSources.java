package org.skillsmatrix.domain.notification;

import java.time.Instant;
import java.util.List;

/** Port: what reminders are selected from, beyond goals, teams and the catalog. */
public interface ReminderSources {

    /** Active people's self-ratings without a manager's rating, stated before {@code before}. */
    List<WaitingSelfRating> selfRatingsWaitingSince(Instant before);
}
