package org.skillsmatrix.app.notification;

import org.skillsmatrix.domain.base.Busy;
import org.skillsmatrix.domain.notification.SendReminders;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Runs the reminders on their schedule on every node; the reminder lock lets one node at a time run them, and a
 * reminder already stored is not sent again, so however many nodes run, each reminder goes out once.
 */
@Component
class ReminderSchedule {

    private static final Logger LOG = LoggerFactory.getLogger(ReminderSchedule.class);

    private final SendReminders reminders;

    ReminderSchedule(SendReminders reminders) {
        this.reminders = reminders;
    }

    @Scheduled(cron = "${skills-matrix.reminders.schedule:" + ReminderProperties.DEFAULT_SCHEDULE + "}", zone = "UTC")
    void run() {
        try {
            var run = reminders.runScheduled();
            LOG.info(
                    "Reminders: {} due, {} new, {} mailed, {} not taken by the mail server",
                    run.selected(),
                    run.stored(),
                    run.mailed(),
                    run.mailFailed());
        } catch (Busy e) {
            LOG.info("Reminders: another node is sending them");
        }
    }
}
