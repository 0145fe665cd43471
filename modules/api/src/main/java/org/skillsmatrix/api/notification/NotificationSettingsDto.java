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

        @Schema(
                description =
                        "The person's language (en or de), of their e-mails and of their web pages wherever they sign in; absent: e-mails in English, pages in the browser's language",
                example = "de")
        @Nullable
        String language) {

    static NotificationSettingsDto of(NotificationSettings settings) {
        return new NotificationSettingsDto(settings.email(), settings.language());
    }
}
