package org.skillsmatrix.api.notification;

import io.swagger.v3.oas.annotations.media.Schema;
import org.skillsmatrix.domain.notification.ReminderRun;

/** What one run of the reminders did. */
@Schema(name = "ReminderRun")
record ReminderRunDto(
        @Schema(description = "Reminders due now, sent before or not")
        int selected,

        @Schema(description = "New notifications, each stored once")
        int stored,

        @Schema(description = "Of those, sent by e-mail") int mailed,

        @Schema(description = "Of those, not taken by the mail server (they stay in the in-app list)")
        int mailFailed) {

    static ReminderRunDto of(ReminderRun run) {
        return new ReminderRunDto(run.selected(), run.stored(), run.mailed(), run.mailFailed());
    }
}
