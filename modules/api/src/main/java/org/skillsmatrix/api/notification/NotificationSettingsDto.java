package org.skillsmatrix.api.notification;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotNull;
import org.jspecify.annotations.Nullable;
import org.skillsmatrix.domain.notification.NotificationSettings;

/** Whether the caller's notifications are e-mailed too, and in which language. */
@Schema(name = "NotificationSettings")
record NotificationSettingsDto(
        @NotNull
        @Schema(description = "Also send notifications by e-mail (where a mail server is configured)")
        @Nullable
        Boolean email,

        @Schema(description = "The e-mails' language (en or de); absent: English", example = "de") @Nullable
        String language) {

    static NotificationSettingsDto of(NotificationSettings settings) {
        return new NotificationSettingsDto(settings.email(), settings.language());
    }
}
