package org.skillsmatrix.domain.report;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

/** A calendar quarter, e.g. 2026 Q3. */
public record Quarter(int year, int number) {

    public Quarter {
        if (number < 1 || number > 4) {
            throw new IllegalArgumentException("a quarter is numbered 1 to 4");
        }
    }

    public static Quarter containing(LocalDate date) {
        return new Quarter(date.getYear(), (date.getMonthValue() - 1) / 3 + 1);
    }

    public Quarter previous() {
        return number == 1 ? new Quarter(year - 1, 4) : new Quarter(year, number - 1);
    }

    /** The last {@code count} quarters completed before {@code day}, oldest first. */
    public static List<Quarter> completedBefore(LocalDate day, int count) {
        var quarters = new ArrayList<Quarter>();
        var quarter = containing(day).previous();
        for (int i = 0; i < count; i++) {
            quarters.addFirst(quarter);
            quarter = quarter.previous();
        }
        return quarters;
    }

    /** The first instant after the quarter: its end, exclusive. */
    public Instant end(ZoneId zone) {
        return dayAfter().atStartOfDay(zone).toInstant();
    }

    /** The first day after the quarter. */
    public LocalDate dayAfter() {
        return number == 4 ? LocalDate.of(year + 1, 1, 1) : LocalDate.of(year, number * 3 + 1, 1);
    }

    public String label() {
        return year + " Q" + number;
    }
}
