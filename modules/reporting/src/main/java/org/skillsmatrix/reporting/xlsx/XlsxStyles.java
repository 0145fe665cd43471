package org.skillsmatrix.reporting.xlsx;

import org.dhatim.fastexcel.BorderSide;
import org.dhatim.fastexcel.BorderStyle;
import org.dhatim.fastexcel.StyleSetter;
import org.dhatim.fastexcel.Worksheet;
import org.skillsmatrix.domain.scale.Level;
import org.skillsmatrix.domain.scale.LevelColours;

/**
 * The workbook's cell styles. FastExcel keeps one entry per distinct style in the workbook, however many cells
 * use it, so a style is described once here and applied to each cell.
 */
final class XlsxStyles {

    private static final String HEADER_FILL = argb(0xE7E9EE);
    private static final String WHITE = argb(0xFFFFFF);

    /** How a cell looks: applied to a cell's style setter before it is set. */
    @FunctionalInterface
    interface Look {

        void applyTo(StyleSetter style);

        /** Gives the cell at row {@code r}, column {@code c} this look. */
        default void on(Worksheet sheet, int r, int c) {
            var style = sheet.style(r, c);
            applyTo(style);
            style.set();
        }
    }

    static final Look TITLE = style -> style.bold().fontSize(16);
    static final Look LABEL = style -> style.bold().verticalAlignment("top");
    static final Look WRAPPED = style -> style.wrapText(true).verticalAlignment("top");
    static final Look NUMBER = style -> style.format("0");
    static final Look DATE = style -> style.format("yyyy-mm-dd");
    static final Look HEADER = style -> style.fillColor(HEADER_FILL)
            .bold()
            .wrapText(true)
            .verticalAlignment("bottom")
            .borderStyle(BorderSide.BOTTOM, BorderStyle.THIN);
    static final Look ROTATED_HEADER = style -> style.fillColor(HEADER_FILL)
            .bold()
            .rotation(90)
            .horizontalAlignment("center")
            .verticalAlignment("bottom")
            .borderStyle(BorderSide.BOTTOM, BorderStyle.THIN);
    static final Look CATEGORY_HEADER = style -> style.fillColor(HEADER_FILL)
            .bold()
            .horizontalAlignment("center")
            .borderStyle(BorderSide.LEFT, BorderStyle.THIN)
            .borderStyle(BorderSide.RIGHT, BorderStyle.THIN);
    static final Look TOTAL_LABEL = style -> style.bold().borderStyle(BorderSide.TOP, BorderStyle.THIN);
    static final Look TOTAL_NUMBER =
            style -> style.bold().borderStyle(BorderSide.TOP, BorderStyle.THIN).format("0");

    /**
     * {@code 0"*"}: the number followed by a star. FastExcel writes a number format into the XML unescaped, so
     * its quotes are given escaped.
     */
    private static final String SELF_ONLY_FORMAT = "0&quot;*&quot;";

    /** {@code 0"†"}: the number followed by a dagger, for a stale rating. */
    private static final String STALE_FORMAT = "0&quot;†&quot;";

    private static final String SELF_ONLY_STALE_FORMAT = "0&quot;*†&quot;";

    private static final Look[] VALIDATED = new Look[Level.values().length];
    private static final Look[] SELF_ONLY = new Look[Level.values().length];
    private static final Look[] VALIDATED_STALE = new Look[Level.values().length];
    private static final Look[] SELF_ONLY_STALE = new Look[Level.values().length];

    static {
        for (var level : Level.values()) {
            VALIDATED[level.value()] = level(level, "0");
            SELF_ONLY[level.value()] = level(level, SELF_ONLY_FORMAT);
            VALIDATED_STALE[level.value()] = level(level, STALE_FORMAT);
            SELF_ONLY_STALE[level.value()] = level(level, SELF_ONLY_STALE_FORMAT);
        }
    }

    private XlsxStyles() {}

    /**
     * A level's cell: its colour, its number; a self-rating no manager has validated yet shows a star, a stale
     * rating a dagger, as the matrix PDF and the UI's matrix mark them.
     */
    static Look level(Level level, boolean isValidated, boolean isStale) {
        if (isStale) {
            return isValidated ? VALIDATED_STALE[level.value()] : SELF_ONLY_STALE[level.value()];
        }
        return isValidated ? VALIDATED[level.value()] : SELF_ONLY[level.value()];
    }

    private static Look level(Level level, String numberFormat) {
        var fill = argb(LevelColours.fill(level));
        var text = argb(LevelColours.text(level));
        boolean bold = level.isAtLeast(Level.PROFICIENT);
        return style -> {
            style.fillColor(fill)
                    .fontColor(text)
                    .horizontalAlignment("center")
                    .format(numberFormat)
                    .borderStyle(BorderSide.BOTTOM, BorderStyle.THIN)
                    .borderColor(BorderSide.BOTTOM, WHITE)
                    .borderStyle(BorderSide.RIGHT, BorderStyle.THIN)
                    .borderColor(BorderSide.RIGHT, WHITE);
            if (bold) {
                style.bold();
            }
        };
    }

    private static String argb(int rgb) {
        return String.format("FF%06X", rgb);
    }
}
