package org.skillsmatrix.api.notification;

import io.swagger.v3.oas.annotations.media.Schema;
import java.util.List;

/** The caller's newest notifications and how many of all theirs are unread. */
@Schema(name = "Notifications")
record NotificationsDto(@Schema(example = "2") long unread, List<NotificationDto> items) {}
