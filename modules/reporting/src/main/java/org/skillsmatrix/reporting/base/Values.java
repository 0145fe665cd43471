package org.skillsmatrix.reporting.base;

import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.skillsmatrix.domain.assessment.Source;
import org.skillsmatrix.domain.scale.Interest;

/** How values read in every format. */
public final class Values {

    private static final DateTimeFormatter GENERATED = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm", Locale.ROOT);

    private Values() {}

    /** E.g. "2026-11-21 14:05 UTC" or "2026-11-21 15:05 Europe/Berlin". */
    public static String generatedAt(ZonedDateTime at) {
        var zone = at.getZone() instanceof ZoneOffset offset
                ? offset.getTotalSeconds() == 0 ? "UTC" : "UTC" + offset.getId()
                : at.getZone().getId();
        return GENERATED.format(at) + " " + zone;
    }

    public static String interest(@Nullable Interest interest) {
        if (interest == null) {
            return "";
        }
        return switch (interest) {
            case WANTS_TO_GROW -> "wants to grow";
            case NEUTRAL -> "neutral";
            case RATHER_NOT -> "would rather not";
        };
    }

    public static String source(Source source) {
        return source == Source.SELF ? "self" : "manager";
    }

    /** A whole number, or one decimal, as in "2.5". */
    public static String decimal(double value) {
        return String.format(Locale.ROOT, "%.1f", value);
    }
}
