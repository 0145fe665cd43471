package org.skillsmatrix.ui.base;

import com.vaadin.flow.component.datepicker.DatePicker;
import java.time.DayOfWeek;
import java.time.Month;
import java.time.format.TextStyle;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;

/**
 * A date picker's calendar in the page's language: the names of the months and weekdays as the language has them,
 * and the first day of the week and the Today and Cancel buttons from the bundle (a page's language often names
 * no country, whose conventions set the week's first day). Left alone, the calendar is in English, its weeks
 * starting on Sunday, whatever the page's language.
 */
public final class DatePickers {

    private DatePickers() {}

    public static void localise(DatePicker picker, Translator texts) {
        var language = texts.language();
        // the calendar lists the weekdays from Sunday
        var weekdays = Stream.concat(
                        Stream.of(DayOfWeek.SUNDAY),
                        Stream.of(DayOfWeek.values()).limit(6))
                .toList();
        picker.setI18n(new DatePicker.DatePickerI18n()
                .setMonthNames(Arrays.stream(Month.values())
                        .map(month -> month.getDisplayName(TextStyle.FULL_STANDALONE, language))
                        .toList())
                .setWeekdays(names(weekdays, TextStyle.FULL_STANDALONE, texts))
                .setWeekdaysShort(names(weekdays, TextStyle.SHORT_STANDALONE, texts))
                .setFirstDayOfWeek(Integer.parseInt(texts.translate("date-picker.first-day-of-week")))
                .setToday(texts.translate("date-picker.today"))
                .setCancel(texts.translate("date-picker.cancel")));
    }

    private static List<String> names(List<DayOfWeek> days, TextStyle style, Translator texts) {
        return days.stream()
                .map(day -> day.getDisplayName(style, texts.language()))
                .toList();
    }
}
