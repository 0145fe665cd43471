/**
 * Reading the audit trail: who changed what, and when, with the names of the people who did. A feature of its own,
 * because recording (in {@code audit}) is used by the features that change people, and reading names people.
 */
@NullMarked
package org.skillsmatrix.domain.audittrail;

import org.jspecify.annotations.NullMarked;
