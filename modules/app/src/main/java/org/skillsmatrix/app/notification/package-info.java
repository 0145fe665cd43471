/** Reminders: their schedule, once per cluster, and e-mail through Spring's mail support. */
@NullMarked
package org.skillsmatrix.app.notification;

import org.jspecify.annotations.NullMarked;
