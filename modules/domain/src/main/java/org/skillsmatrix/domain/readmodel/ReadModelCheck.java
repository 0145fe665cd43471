package org.skillsmatrix.domain.readmodel;

import java.util.List;
import java.util.Objects;

/** The outcome of comparing the read model with the history: for each of its parts, how many rows differ. */
public record ReadModelCheck(List<Part> parts) {

    public ReadModelCheck {
        parts = List.copyOf(parts);
    }

    public boolean consistent() {
        return parts.stream().allMatch(part -> part.differing() == 0);
    }

    /**
     * One part of the read model.
     *
     * @param name the part, e.g. {@code current_rating}
     * @param rows the rows it holds
     * @param differing rows it holds that the history does not give, plus rows the history gives that it lacks
     */
    public record Part(String name, long rows, long differing) {

        public Part {
            Objects.requireNonNull(name, "name");
            if (rows < 0 || differing < 0) {
                throw new IllegalArgumentException("counts are not negative");
            }
        }
    }
}
