package org.skillsmatrix.domain.testing;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.skillsmatrix.domain.base.ConcurrentEdit;
import org.skillsmatrix.domain.scale.Level;
import org.skillsmatrix.domain.scale.Scale;
import org.skillsmatrix.domain.scale.ScaleLevel;

/** {@link Scale} in memory, starting with the default descriptors at version 0. */
public class InMemoryScale implements Scale {

    private final Map<Level, ScaleLevel> levels = new EnumMap<>(Level.class);

    public InMemoryScale() {
        put(Level.NONE, "None", "No knowledge or experience of the skill.");
        put(Level.AWARENESS, "Awareness", "Knows what it is and when it is used; has not applied it.");
        put(Level.WORKING_KNOWLEDGE, "Working knowledge", "Applies it to routine tasks with some help.");
        put(Level.PROFICIENT, "Proficient", "Applies it independently to non-trivial work.");
        put(Level.EXPERT, "Expert", "Guides others and shapes how the organisation uses it.");
    }

    private void put(Level level, String name, String descriptor) {
        levels.put(level, new ScaleLevel(level, name, descriptor, 0));
    }

    @Override
    public synchronized List<ScaleLevel> levels() {
        return List.copyOf(levels.values());
    }

    @Override
    public synchronized ScaleLevel update(ScaleLevel level) {
        var stored = levels.get(level.level());
        if (stored.version() != level.version()) {
            throw new ConcurrentEdit("Level '" + stored.name() + "'");
        }
        var updated = new ScaleLevel(level.level(), level.name(), level.descriptor(), level.version() + 1);
        levels.put(updated.level(), updated);
        return updated;
    }
}
