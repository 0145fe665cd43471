package org.skillsmatrix.domain.privacy;

import org.jspecify.annotations.Nullable;

/**
 * A count of people as it may be shown outside their team: the number, or only that it is fewer than the minimum
 * group ({@link PrivacyThreshold}). A hidden count does not carry its number, so nothing downstream can show it.
 *
 * @param value the count, or none where it is hidden
 * @param fewerThan the minimum group the count is below, where it is hidden; 0 where it is shown
 */
public record ShownCount(@Nullable Integer value, int fewerThan) {

    public ShownCount {
        if ((value == null) == (fewerThan == 0) || (value != null && value < 0) || fewerThan < 0) {
            throw new IllegalArgumentException("a count is either shown, zero or more, or hidden below a group size");
        }
    }

    public static ShownCount of(int value) {
        return new ShownCount(value, 0);
    }

    public static ShownCount hiddenBelow(int minimumGroup) {
        return new ShownCount(null, minimumGroup);
    }

    public boolean hidden() {
        return value == null;
    }

    /**
     * The sum with another count: hidden whenever either is, so that a hidden count cannot be worked out by taking
     * the shown ones from a total.
     */
    public ShownCount plus(ShownCount other) {
        var mine = value;
        var theirs = other.value;
        if (mine == null) {
            return this;
        }
        if (theirs == null) {
            return other;
        }
        return of(mine + theirs);
    }

    /** For sorting: a hidden count between none and the smallest count shown. */
    public double order() {
        var shown = value;
        return shown == null ? fewerThan - 0.5 : shown;
    }

    /** The number, or "fewer than N". */
    @Override
    public String toString() {
        return value == null ? "fewer than " + fewerThan : value.toString();
    }
}
