package org.skillsmatrix.api.notification;

import io.swagger.v3.oas.annotations.media.Schema;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.skillsmatrix.domain.notification.Notification;
import org.skillsmatrix.domain.notification.NotificationKind;

/** One notification of the caller's. */
@Schema(name = "Notification")
record NotificationDto(
        UUID id,

        @Schema(
                description =
                        "GOAL_DUE (to a learner), VALIDATIONS_WAITING (a manager's weekly digest), RATINGS_STALE"
                                + " (a person's stale ratings, monthly), CERTIFICATE_EXPIRING or CERTIFICATE_EXPIRED (to the"
                                + " holder), CERTIFICATES_EXPIRING (a manager's weekly digest of members' certificates),"
                                + " TARGET_UNMET (to a manager: a team target met at the previous run and not now) or"
                                + " ORGANISATION_SUMMARY (to the recipients of HR's organisation summary, once a week or month)")
        NotificationKind kind,

        @Schema(
                description = "What it names: a goal's skill, 'person: skill' of each self-rating waiting, the stale"
                        + " skills, a certification, 'person: certification, expiry date' of each member's"
                        + " certificate, 'team: skill' of a target, or each figure of the organisation summary as"
                        + " 'name=number' or 'name=met/set', such as 'targets-met=37/45'")
        List<String> items,

        @Schema(
                description = "The date it is about, e.g. when the goal is due or the day of the summary's"
                        + " figures; absent for a digest")
        @Nullable
        LocalDate date,

        @Schema(description = "Where to act, a path of the web UI (\"\" is My skills)", example = "matrix")
        String link,

        Instant createdAt,

        @Schema(description = "When the caller marked it read; absent while unread") @Nullable
        Instant readAt) {

    static NotificationDto of(Notification notification) {
        return new NotificationDto(
                notification.id(),
                notification.kind(),
                notification.items(),
                notification.date(),
                notification.link(),
                notification.createdAt(),
                notification.readAt());
    }
}
