package org.skillsmatrix.domain.whatif;

import java.util.Comparator;
import java.util.List;
import org.skillsmatrix.domain.base.PersonId;
import org.skillsmatrix.domain.base.SkillId;
import org.skillsmatrix.domain.gap.CriticalHolding;

/**
 * Someone whose leaving would cost knowledge: the targets that would break (met today with nobody to spare, they
 * being one of the holders), and the skills they alone hold.
 */
public record PersonAtRisk(PersonId person, String name, List<CriticalHolding> targets, List<SkillId> soleHeld) {

    /** Most targets broken first, then most skills held alone, then by name. */
    public static final Comparator<PersonAtRisk> MOST_AT_RISK_FIRST = Comparator.comparingInt(
                    (PersonAtRisk person) -> person.targets().size())
            .reversed()
            .thenComparing(Comparator.comparingInt(
                            (PersonAtRisk person) -> person.soleHeld().size())
                    .reversed())
            .thenComparing(PersonAtRisk::name, String.CASE_INSENSITIVE_ORDER);

    public PersonAtRisk {
        targets = List.copyOf(targets);
        soleHeld = List.copyOf(soleHeld);
    }
}
