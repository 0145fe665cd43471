/** The caller's notifications and e-mail setting, and the admin's on-demand run of the reminders. */
@NullMarked
package org.skillsmatrix.api.notification;

import org.jspecify.annotations.NullMarked;
