package org.skillsmatrix.api.notification;

import static org.skillsmatrix.api.base.ApiPaths.V1;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import org.skillsmatrix.api.base.Caller;
import org.skillsmatrix.domain.notification.ReadNotifications;
import org.skillsmatrix.domain.notification.SendReminders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/** The caller's notifications and e-mail setting; the admin runs the reminders on demand. */
@RestController
@Tag(name = "Notifications", description = "The caller's reminders, and running them on demand (admins)")
class NotificationController {

    private final ReadNotifications notifications;
    private final SendReminders reminders;
    private final Caller caller;

    NotificationController(ReadNotifications notifications, SendReminders reminders, Caller caller) {
        this.notifications = notifications;
        this.reminders = reminders;
        this.caller = caller;
    }

    @GetMapping(path = V1 + "/me/notifications", produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(
            summary = "The caller's notifications",
            description = "The newest " + ReadNotifications.SHOWN + ", unread and read, newest first, with how many"
                    + " of all the caller's are unread.")
    NotificationsDto list() {
        var actor = caller.actor();
        return new NotificationsDto(
                notifications.unread(actor),
                notifications.list(actor).stream().map(NotificationDto::of).toList());
    }

    @PostMapping(path = V1 + "/me/notifications/{id}/read")
    @Operation(summary = "Mark one of the caller's notifications read", description = "404 when it is not theirs.")
    ResponseEntity<Void> markRead(@PathVariable UUID id) {
        notifications.markRead(caller.actor(), id);
        return ResponseEntity.noContent().build();
    }

    @PostMapping(path = V1 + "/me/notifications/read", produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Mark all the caller's notifications read", description = "Says how many were unread.")
    Map<String, Integer> markAllRead() {
        return Map.of("marked", notifications.markAllRead(caller.actor()));
    }

    @GetMapping(path = V1 + "/me/notification-settings", produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(
            summary = "Whether the caller's notifications are e-mailed too",
            description = "E-mail is on until the person turns it off.")
    NotificationSettingsDto settings() {
        return NotificationSettingsDto.of(notifications.settings(caller.actor()));
    }

    @PutMapping(
            path = V1 + "/me/notification-settings",
            consumes = MediaType.APPLICATION_JSON_VALUE,
            produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(
            summary = "Turn the caller's e-mails on or off, and choose their language",
            description = "email is required; language en or de, absent for English.")
    NotificationSettingsDto saveSettings(@Valid @RequestBody NotificationSettingsDto settings) {
        return NotificationSettingsDto.of(
                notifications.save(caller.actor(), Objects.requireNonNull(settings.email()), settings.language()));
    }

    @PostMapping(path = V1 + "/admin/reminders/run", produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(
            summary = "Run the reminders now (admins)",
            description = "As the schedule would: stores each reminder due that was not sent before and mails it to"
                    + " those who keep e-mail on. 503 with Retry-After while another run, on any node, is going on."
                    + " Audited.")
    ReminderRunDto run() {
        return ReminderRunDto.of(reminders.runNow(caller.actor()));
    }
}
