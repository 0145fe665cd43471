/** Mentor pairing: who could learn a skill from whom, and the development goals a manager records from it. */
@NullMarked
package org.skillsmatrix.domain.mentoring;

import org.jspecify.annotations.NullMarked;
