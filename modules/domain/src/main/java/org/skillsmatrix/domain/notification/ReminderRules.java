package org.skillsmatrix.domain.notification;

import java.time.Duration;
import java.util.Objects;

/**
 * When reminders are due.
 *
 * @param goalDueWithin a learner is reminded of an open goal due within this many days, or overdue
 * @param validationWait a self-rating waiting for validation longer than this goes into its managers' digest
 * @param summary whether, how often and to whom HR's organisation summary goes out
 */
public record ReminderRules(int goalDueWithin, Duration validationWait, OrganisationSummaryRules summary) {

    public static final int DEFAULT_GOAL_DUE_WITHIN = 14;
    public static final Duration DEFAULT_VALIDATION_WAIT = Duration.ofDays(7);

    public ReminderRules {
        Objects.requireNonNull(validationWait, "validationWait");
        Objects.requireNonNull(summary, "summary");
        if (goalDueWithin < 0) {
            throw new IllegalArgumentException("goalDueWithin must not be negative, not " + goalDueWithin);
        }
        if (validationWait.isNegative()) {
            throw new IllegalArgumentException("validationWait must not be negative, not " + validationWait);
        }
    }

    /** The rules without the organisation summary. */
    public ReminderRules(int goalDueWithin, Duration validationWait) {
        this(goalDueWithin, validationWait, OrganisationSummaryRules.off());
    }

    public static ReminderRules defaults() {
        return new ReminderRules(DEFAULT_GOAL_DUE_WITHIN, DEFAULT_VALIDATION_WAIT);
    }
}
