package org.skillsmatrix.domain.calibration;

import java.util.Objects;
import org.skillsmatrix.domain.assessment.Rating;
import org.skillsmatrix.domain.base.PersonId;
import org.skillsmatrix.domain.base.SkillId;

/** A person's current self-rating and their manager's in one skill, far enough apart to talk about. */
public record Divergence(PersonId person, SkillId skill, Rating self, Rating manager) {

    public Divergence {
        Objects.requireNonNull(person, "person");
        Objects.requireNonNull(skill, "skill");
        Objects.requireNonNull(self, "self");
        Objects.requireNonNull(manager, "manager");
    }

    /** The person's level minus the manager's: positive where they rate themselves higher. */
    public int difference() {
        return self.level().value() - manager.level().value();
    }

    public int distance() {
        return Math.abs(difference());
    }

    public boolean ratesThemselvesHigher() {
        return difference() > 0;
    }
}
