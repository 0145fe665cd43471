package org.skillsmatrix.reporting.base;

import java.text.NumberFormat;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.skillsmatrix.domain.assessment.Source;
import org.skillsmatrix.domain.base.Wording;
import org.skillsmatrix.domain.privacy.ShownCount;
import org.skillsmatrix.domain.report.ReportHeader;
import org.skillsmatrix.domain.scale.Interest;

/**
 * What the reports' layouts say, in the language a report is written in (its header's), from the bundle {@value
 * #BUNDLE}, and values as that language writes them: dates, times and decimals. A CSV is always written in English.
 */
public final class Language {

    public static final String BUNDLE = "org.skillsmatrix.reporting.texts";

    private final Wording wording;

    private Language(Wording wording) {
        this.wording = wording;
    }

    public static Language of(Locale language) {
        return new Language(Wording.of(BUNDLE, language));
    }

    public static Language of(ReportHeader header) {
        return of(header.language());
    }

    public Locale locale() {
        return wording.language();
    }

    public String text(String key, Object... arguments) {
        return wording.text(key, arguments);
    }

    /** A column titled by the bundle's {@code column.<key>}. */
    public Column column(String key, int width) {
        return new Column(key, text("column." + key), width);
    }

    /** A column titled by the bundle's {@code column.<title>}, where one key has another title in another table. */
    public Column column(String key, String title, int width) {
        return new Column(key, text("column." + title), width);
    }

    public String date(LocalDate day) {
        return wording.date(day);
    }

    /** E.g. "2026-11-21 14:05" or "21.11.2026 14:05". */
    public String dateTime(ZonedDateTime at) {
        return DateTimeFormatter.ofPattern(text("format.date-time"), locale()).format(at);
    }

    /** E.g. "2026-11-21 14:05 UTC" or "21.11.2026 15:05 Europe/Berlin". */
    public String generatedAt(ZonedDateTime at) {
        var zone = at.getZone() instanceof ZoneOffset offset
                ? offset.getTotalSeconds() == 0 ? "UTC" : "UTC" + offset.getId()
                : at.getZone().getId();
        return dateTime(at) + " " + zone;
    }

    /** One decimal, as in "2.5" or "2,5". */
    public String decimal(double value) {
        var format = NumberFormat.getNumberInstance(locale());
        format.setMinimumFractionDigits(1);
        format.setMaximumFractionDigits(1);
        return format.format(value);
    }

    /** A whole number as the language groups its digits, e.g. "10,000" or "10.000". */
    public String number(Number value) {
        return NumberFormat.getNumberInstance(locale()).format(value);
    }

    public String interest(@Nullable Interest interest) {
        if (interest == null) {
            return "";
        }
        return switch (interest) {
            case WANTS_TO_GROW -> text("interest.wants-to-grow");
            case NEUTRAL -> text("interest.neutral");
            case RATHER_NOT -> text("interest.rather-not");
        };
    }

    public String source(Source source) {
        return source == Source.SELF ? text("source.self") : text("source.manager");
    }

    /** The number, or the words "fewer than N" where the privacy threshold hides it. */
    public String count(ShownCount count) {
        var value = count.value();
        return value == null ? text("count.fewer-than", count.fewerThan()) : value.toString();
    }

    /** Yes or no. */
    public String yesNo(boolean yes) {
        return text(yes ? "yes" : "no");
    }
}
