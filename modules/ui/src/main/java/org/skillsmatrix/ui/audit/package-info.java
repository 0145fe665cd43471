/** The audit trail for HR and admins, and what was recorded about a person on their profile. */
@NullMarked
package org.skillsmatrix.ui.audit;

import org.jspecify.annotations.NullMarked;
