package org.skillsmatrix.domain.notification;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.skillsmatrix.domain.certification.Certificate;

/** Port: what reminders are selected from, beyond goals, teams and the catalog. */
public interface ReminderSources {

    /** Active people's self-ratings without a manager's rating, stated before {@code before}. */
    List<WaitingSelfRating> selfRatingsWaitingSince(Instant before);

    /**
     * Active people's current ratings, in skills not retired, whose level that counts was last stated before
     * {@code cutoff} (see {@code RatingAge}).
     */
    List<StaleRating> ratingsStatedBefore(Instant cutoff);

    /**
     * Active people's certificates expiring from {@code first} through {@code last}, each the latest of its holder
     * and certification: a certificate renewed by a later one is left out.
     */
    List<Certificate> latestCertificatesExpiring(LocalDate first, LocalDate last);
}
