package org.skillsmatrix.ui.base;

import com.vaadin.flow.component.UI;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;

/** Dates as the user reads them: in their locale and, where the browser told us, their time zone. */
public final class Dates {

    private final DateTimeFormatter formatter;
    private final DateTimeFormatter dateTimeFormatter;
    private final ZoneId zone;
    private final Locale locale;

    public Dates(Locale locale, ZoneId zone) {
        this.formatter = DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(locale);
        this.dateTimeFormatter = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT)
                .withLocale(locale);
        this.zone = zone;
        this.locale = locale;
    }

    /** Dates for the current UI: its locale and the browser's time zone, else the server's. */
    public static Dates forCurrentUi() {
        var ui = UI.getCurrent();
        if (ui == null) {
            return new Dates(Locale.getDefault(), ZoneId.systemDefault());
        }
        return new Dates(ui.getLocale(), browserZone(ui));
    }

    public String format(Instant instant) {
        return formatter.format(instant.atZone(zone));
    }

    /** The date and the time of day, e.g. for when someone else changed what you were editing. */
    public String formatDateTime(Instant instant) {
        return dateTimeFormatter.format(instant.atZone(zone));
    }

    /** The user's time zone, for charts that lay dates out on an axis. */
    public ZoneId zone() {
        return zone;
    }

    public Locale locale() {
        return locale;
    }

    private static ZoneId browserZone(UI ui) {
        try {
            var details = ui.getPage().getExtendedClientDetails();
            var id = details == null ? null : details.getTimeZoneId();
            return id == null || id.isBlank() ? ZoneId.systemDefault() : ZoneId.of(id);
        } catch (DateTimeException | UnsupportedOperationException | IllegalStateException e) {
            return ZoneId.systemDefault();
        }
    }
}
