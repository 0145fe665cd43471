package org.skillsmatrix.domain.report;

import java.time.ZonedDateTime;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import org.skillsmatrix.domain.scale.Level;
import org.skillsmatrix.domain.scale.ScaleLevel;

/**
 * What every report states up front: its title, the filters it was made with, when and by whom, and the
 * scale its levels are read against; and the language it is written in, the title and filters already in it.
 */
public record ReportHeader(
        String title,
        List<Filter> filters,
        ZonedDateTime generatedAt,
        String generatedBy,
        List<ScaleLevel> scale,
        Locale language) {

    public ReportHeader {
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(generatedAt, "generatedAt");
        Objects.requireNonNull(generatedBy, "generatedBy");
        Objects.requireNonNull(language, "language");
        filters = List.copyOf(filters);
        scale = List.copyOf(scale);
        if (scale.size() != Level.values().length) {
            throw new IllegalArgumentException("the scale names every level");
        }
    }

    /** The level's name on this organisation's scale, e.g. "Proficient". */
    public String levelName(Level level) {
        return scale.get(level.value()).name();
    }

    /** One line of the header, e.g. "Team: Payments". */
    public record Filter(String label, String value) {

        public Filter {
            Objects.requireNonNull(label, "label");
            Objects.requireNonNull(value, "value");
        }
    }
}
