package org.skillsmatrix.domain.testing;

import java.util.ArrayList;
import java.util.List;
import org.skillsmatrix.domain.notification.TargetWatch;
import org.skillsmatrix.domain.notification.TargetWatches;

/** {@link TargetWatches} in memory. */
public class InMemoryTargetWatches implements TargetWatches {

    private final List<TargetWatch> watches = new ArrayList<>();

    @Override
    public synchronized List<TargetWatch> all() {
        return List.copyOf(watches);
    }

    @Override
    public synchronized void replaceAll(List<TargetWatch> replacing) {
        watches.clear();
        watches.addAll(replacing);
    }
}
