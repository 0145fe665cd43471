package org.skillsmatrix.domain.scale;

import java.util.Objects;
import org.skillsmatrix.domain.base.Texts;

/** A level of the scale with the name and one-line descriptor people rate against. */
public record ScaleLevel(Level level, String name, String descriptor, long version) {

    public ScaleLevel {
        Objects.requireNonNull(level, "level");
        name = Texts.requireName(name, "name", 40);
        descriptor = Texts.requireName(descriptor, "descriptor", 300);
    }

    public ScaleLevel describedAs(String newName, String newDescriptor) {
        return new ScaleLevel(level, newName, newDescriptor, version);
    }
}
