package org.skillsmatrix.domain.scale;

import java.util.List;

/** Port: the scale's descriptors, one per level. */
public interface Scale {

    /** All five levels, lowest first. */
    List<ScaleLevel> levels();

    /** Stores a changed descriptor; fails with ConcurrentEdit when the version is stale. */
    ScaleLevel update(ScaleLevel level);
}
