package org.skillsmatrix.domain.notification;

/**
 * What one run of the reminders did.
 *
 * @param selected reminders due today, stored before or not
 * @param stored new notifications, each stored once
 * @param mailed of those, how many were sent by e-mail
 * @param mailFailed of those, how many the mail server did not take (they stay in the in-app list)
 */
public record ReminderRun(int selected, int stored, int mailed, int mailFailed) {}
