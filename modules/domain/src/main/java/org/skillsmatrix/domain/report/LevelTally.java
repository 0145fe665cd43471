package org.skillsmatrix.domain.report;

import java.util.List;
import org.skillsmatrix.domain.scale.Level;

/** How many people stand at each level, lowest level first. */
public record LevelTally(List<Integer> counts) {

    public static final LevelTally EMPTY = new LevelTally(List.of(0, 0, 0, 0, 0));

    public LevelTally {
        counts = List.copyOf(counts);
        if (counts.size() != Level.values().length || counts.stream().anyMatch(count -> count < 0)) {
            throw new IllegalArgumentException("one count, zero or more, per level");
        }
    }

    public static LevelTally of(int none, int awareness, int workingKnowledge, int proficient, int expert) {
        return new LevelTally(List.of(none, awareness, workingKnowledge, proficient, expert));
    }

    public int at(Level level) {
        return counts.get(level.value());
    }

    /** People at {@code level} or above. */
    public int atLeast(Level level) {
        int sum = 0;
        for (int value = level.value(); value < counts.size(); value++) {
            sum += counts.get(value);
        }
        return sum;
    }

    /** Everyone counted: the people rated in the skill. */
    public int rated() {
        return atLeast(Level.NONE);
    }

    public LevelTally plus(LevelTally other) {
        var sums = new Integer[counts.size()];
        for (int i = 0; i < sums.length; i++) {
            sums[i] = counts.get(i) + other.counts.get(i);
        }
        return new LevelTally(List.of(sums));
    }
}
