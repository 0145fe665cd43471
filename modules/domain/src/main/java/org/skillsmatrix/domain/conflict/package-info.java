/** Explaining a lost race: who changed what someone else was editing, from the audit trail. */
@NullMarked
package org.skillsmatrix.domain.conflict;

import org.jspecify.annotations.NullMarked;
