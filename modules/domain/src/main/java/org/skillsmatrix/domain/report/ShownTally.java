package org.skillsmatrix.domain.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.skillsmatrix.domain.privacy.PrivacyThreshold;
import org.skillsmatrix.domain.privacy.ShownCount;
import org.skillsmatrix.domain.scale.Level;

/**
 * A {@link LevelTally} as the organisation's reports show it: each level's count under the privacy threshold, and
 * every figure added up from them (the rated, the holders, a category's sums) hidden where one of its counts is.
 */
public record ShownTally(List<ShownCount> counts) {

    public static final ShownTally EMPTY = of(LevelTally.EMPTY, new PrivacyThreshold(1));

    public ShownTally {
        counts = List.copyOf(counts);
        if (counts.size() != Level.values().length) {
            throw new IllegalArgumentException("one count per level");
        }
    }

    public static ShownTally of(LevelTally tally, PrivacyThreshold privacy) {
        return new ShownTally(tally.counts().stream().map(privacy::count).toList());
    }

    public ShownCount at(Level level) {
        return counts.get(level.value());
    }

    /** People at {@code level} or above. */
    public ShownCount atLeast(Level level) {
        var sum = ShownCount.of(0);
        for (int value = level.value(); value < counts.size(); value++) {
            sum = sum.plus(counts.get(value));
        }
        return sum;
    }

    /** Everyone counted: the people rated in the skill. */
    public ShownCount rated() {
        return atLeast(Level.NONE);
    }

    public ShownTally plus(ShownTally other) {
        var sums = new ArrayList<ShownCount>();
        for (int i = 0; i < counts.size(); i++) {
            sums.add(counts.get(i).plus(other.counts.get(i)));
        }
        return new ShownTally(sums);
    }

    /** The tally with every count, where none is hidden. */
    public Optional<LevelTally> whole() {
        if (counts.stream().anyMatch(ShownCount::hidden)) {
            return Optional.empty();
        }
        return Optional.of(new LevelTally(counts.stream()
                .map(count -> java.util.Objects.requireNonNull(count.value()))
                .toList()));
    }
}
