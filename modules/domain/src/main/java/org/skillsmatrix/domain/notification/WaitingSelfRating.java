package org.skillsmatrix.domain.notification;

import java.time.Instant;
import java.util.Objects;
import org.skillsmatrix.domain.base.PersonId;
import org.skillsmatrix.domain.base.SkillId;

/** An active person's self-rating that no manager has rated or validated yet, stated at {@code at}. */
public record WaitingSelfRating(PersonId person, SkillId skill, Instant at) {

    public WaitingSelfRating {
        Objects.requireNonNull(person, "person");
        Objects.requireNonNull(skill, "skill");
        Objects.requireNonNull(at, "at");
    }
}
