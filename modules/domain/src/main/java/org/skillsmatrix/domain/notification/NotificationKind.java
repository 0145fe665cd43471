package org.skillsmatrix.domain.notification;

/** What a notification reminds its recipient of. */
public enum NotificationKind {
    /** To a learner: an open development goal is due soon or overdue. */
    GOAL_DUE,
    /** To a manager: their members' self-ratings waiting for validation, one digest a week. */
    VALIDATIONS_WAITING,
    /** To a person: their ratings gone stale, named in one reminder a month. */
    RATINGS_STALE,
    /** To a holder: a certificate of theirs expires within the window, once per certificate. */
    CERTIFICATE_EXPIRING,
    /** To a holder: a certificate of theirs has expired, once per certificate. */
    CERTIFICATE_EXPIRED,
    /** To a manager: their members' certificates expiring or recently expired, one digest a week. */
    CERTIFICATES_EXPIRING,
    /** To a manager: a team target met at the previous run is not met now, once per time it stops being met. */
    TARGET_UNMET,
    /** To HR, where turned on: the organisation's headline figures, once a week or once a month. */
    ORGANISATION_SUMMARY
}
