package org.skillsmatrix.domain.retention;

import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * How long a deactivated person's personal data is kept.
 *
 * @param anonymiseAfter the time after deactivation when it is anonymised; absent: never (the default)
 */
public record Retention(@Nullable Duration anonymiseAfter) {

    public Retention {
        if (anonymiseAfter != null && anonymiseAfter.isNegative()) {
            throw new IllegalArgumentException("The retention after leaving cannot be negative: " + anonymiseAfter);
        }
    }

    public static Retention never() {
        return new Retention(null);
    }

    /** Whether the leaver's personal data is due to be anonymised now: their retention period is over. */
    public boolean due(Leaver leaver, Instant now) {
        return anonymiseAfter != null
                && !leaver.deactivatedAt().plus(anonymiseAfter).isAfter(now);
    }

    /** The leavers due now, the longest gone first. */
    public List<Leaver> due(List<Leaver> leavers, Instant now) {
        return leavers.stream()
                .filter(leaver -> due(leaver, now))
                .sorted(Comparator.comparing(Leaver::deactivatedAt))
                .toList();
    }
}
