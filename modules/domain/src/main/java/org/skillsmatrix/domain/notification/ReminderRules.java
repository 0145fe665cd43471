package org.skillsmatrix.domain.notification;

import java.time.Duration;
import java.util.Objects;

/**
 * When reminders are due.
 *
 * @param goalDueWithin a learner is reminded of an open goal due within this many days, or overdue
 * @param validationWait a self-rating waiting for validation longer than this goes into its managers' digest
 */
public record ReminderRules(int goalDueWithin, Duration validationWait) {

    public static final int DEFAULT_GOAL_DUE_WITHIN = 14;
    public static final Duration DEFAULT_VALIDATION_WAIT = Duration.ofDays(7);

    public ReminderRules {
        Objects.requireNonNull(validationWait, "validationWait");
        if (goalDueWithin < 0) {
            throw new IllegalArgumentException("goalDueWithin must not be negative, not " + goalDueWithin);
        }
        if (validationWait.isNegative()) {
            throw new IllegalArgumentException("validationWait must not be negative, not " + validationWait);
        }
    }

    public static ReminderRules defaults() {
        return new ReminderRules(DEFAULT_GOAL_DUE_WITHIN, DEFAULT_VALIDATION_WAIT);
    }
}
