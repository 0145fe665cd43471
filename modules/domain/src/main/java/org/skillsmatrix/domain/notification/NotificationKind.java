package org.skillsmatrix.domain.notification;

/** What a notification reminds its recipient of. */
public enum NotificationKind {
    /** To a learner: an open development goal is due soon or overdue. */
    GOAL_DUE,
    /** To a manager: their members' self-ratings waiting for validation, one digest a week. */
    VALIDATIONS_WAITING
}
