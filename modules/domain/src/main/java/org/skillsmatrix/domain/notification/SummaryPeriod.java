package org.skillsmatrix.domain.notification;

import java.time.LocalDate;
import java.time.YearMonth;

/** How often HR's organisation summary goes out: once per ISO week or once per calendar month. */
public enum SummaryPeriod {
    /** Once per ISO week (Monday to Sunday), such as 2026-W49. */
    WEEKLY,
    /** Once per calendar month, such as 2026-12. */
    MONTHLY;

    /** The period the day falls in, as a reminder's key names it. */
    public String of(LocalDate day) {
        return switch (this) {
            case WEEKLY -> ReminderSelection.week(day);
            case MONTHLY -> YearMonth.from(day).toString();
        };
    }
}
