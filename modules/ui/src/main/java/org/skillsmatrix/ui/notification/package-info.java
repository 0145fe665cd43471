/** The signed-in person's notifications, their e-mail setting, and the admin's run of the reminders. */
@NullMarked
package org.skillsmatrix.ui.notification;

import org.jspecify.annotations.NullMarked;
