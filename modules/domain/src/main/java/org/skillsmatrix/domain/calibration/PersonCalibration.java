package org.skillsmatrix.domain.calibration;

import java.util.Objects;
import org.skillsmatrix.domain.people.Person;

/**
 * How one person's self-ratings compare with their manager's over every skill both rated.
 *
 * @param compared skills with a current self and a current manager rating
 * @param diverging of those, skills at least the threshold apart
 * @param totalDifference the person's levels minus the manager's, added up: below zero for someone who
 *     rates themselves lower than their manager does
 */
public record PersonCalibration(Person person, int compared, int diverging, int totalDifference) {

    public PersonCalibration {
        Objects.requireNonNull(person, "person");
    }

    /** The average of the person's level minus the manager's; 0 where nothing was compared. */
    public double meanDifference() {
        return compared == 0 ? 0 : (double) totalDifference / compared;
    }

    /** Rates themselves lower than their manager by half a level or more on average. */
    public boolean underRatesThemselves() {
        return compared > 0 && meanDifference() <= -0.5;
    }

    /** Rates themselves higher than their manager by half a level or more on average. */
    public boolean overRatesThemselves() {
        return compared > 0 && meanDifference() >= 0.5;
    }
}
