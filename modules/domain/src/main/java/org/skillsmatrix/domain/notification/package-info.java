/**
 * Reminders and notifications: what to remind whom of (pure selection), the in-app list each person reads, their
 * e-mail setting, and the run that stores each reminder once and mails it.
 */
@NullMarked
package org.skillsmatrix.domain.notification;

import org.jspecify.annotations.NullMarked;
