package org.skillsmatrix.domain.privacy;

/**
 * The privacy threshold: outside a team (the organisation's views, reports and API answers), a figure that counts
 * between 1 and {@code minimumGroup - 1} people is not shown; it is "fewer than N". A figure that adds counts up is
 * hidden as soon as one of them is ({@link ShownCount#plus}). None is shown as such: that nobody holds a skill is a
 * gap, not a person. A team's own views show its figures whole, and individual ratings stay visible to whoever the
 * access policy lets read them.
 *
 * @param minimumGroup the fewest people a figure shown outside their team may count; 1 shows every figure
 */
public record PrivacyThreshold(int minimumGroup) {

    public static final int DEFAULT_MINIMUM_GROUP = 5;

    public static final PrivacyThreshold DEFAULT = new PrivacyThreshold(DEFAULT_MINIMUM_GROUP);

    public PrivacyThreshold {
        if (minimumGroup < 1) {
            throw new IllegalArgumentException("the minimum group is at least 1, not " + minimumGroup);
        }
    }

    /** A count of people as shown outside their team. */
    public ShownCount count(int people) {
        if (people < 0) {
            throw new IllegalArgumentException("a count of people is zero or more, not " + people);
        }
        return people == 0 || people >= minimumGroup ? ShownCount.of(people) : ShownCount.hiddenBelow(minimumGroup);
    }

    /** Whether any figure is hidden at all: a minimum group of 1 shows everything. */
    public boolean hidesAny() {
        return minimumGroup > 1;
    }
}
