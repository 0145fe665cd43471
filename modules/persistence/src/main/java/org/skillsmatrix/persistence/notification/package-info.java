/** Storage of notifications and e-mail settings, what reminders are selected from, and the reminders' lock. */
@NullMarked
package org.skillsmatrix.persistence.notification;

import org.jspecify.annotations.NullMarked;
