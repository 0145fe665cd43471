package org.skillsmatrix.domain.notification;

import java.util.Objects;
import org.skillsmatrix.domain.base.PersonId;
import org.skillsmatrix.domain.base.SkillId;

/** An active person's current rating whose level that counts was last stated before the staleness cutoff. */
public record StaleRating(PersonId person, SkillId skill) {

    public StaleRating {
        Objects.requireNonNull(person, "person");
        Objects.requireNonNull(skill, "skill");
    }
}
