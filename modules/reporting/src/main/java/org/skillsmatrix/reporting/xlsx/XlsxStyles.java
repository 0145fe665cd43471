package org.skillsmatrix.reporting.xlsx;

import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.HorizontalAlignment;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.apache.poi.xssf.usermodel.XSSFColor;
import org.apache.poi.xssf.usermodel.XSSFFont;
import org.skillsmatrix.domain.scale.Level;
import org.skillsmatrix.reporting.base.LevelPalette;

/** The workbook's cell styles, made once: a workbook holds at most 64,000 of them. */
final class XlsxStyles {

    private static final int HEADER_FILL = 0xE7E9EE;
    private static final int BORDER = 0xFFFFFF;

    final XSSFCellStyle title;
    final XSSFCellStyle label;
    final XSSFCellStyle text;
    final XSSFCellStyle wrapped;
    final XSSFCellStyle number;
    final XSSFCellStyle date;
    final XSSFCellStyle header;
    final XSSFCellStyle rotatedHeader;
    final XSSFCellStyle categoryHeader;
    final XSSFCellStyle totalLabel;
    final XSSFCellStyle totalNumber;
    private final XSSFCellStyle[] validated = new XSSFCellStyle[Level.values().length];
    private final XSSFCellStyle[] selfOnly = new XSSFCellStyle[Level.values().length];

    XlsxStyles(SXSSFWorkbook workbook) {
        var bold = font(workbook, true, 11);
        var format = workbook.createDataFormat();
        title = style(workbook);
        title.setFont(font(workbook, true, 16));
        label = style(workbook);
        label.setFont(bold);
        label.setVerticalAlignment(VerticalAlignment.TOP);
        text = style(workbook);
        wrapped = style(workbook);
        wrapped.setWrapText(true);
        wrapped.setVerticalAlignment(VerticalAlignment.TOP);
        number = style(workbook);
        number.setDataFormat(format.getFormat("0"));
        date = style(workbook);
        date.setDataFormat(format.getFormat("yyyy-mm-dd"));
        header = filled(workbook, HEADER_FILL);
        header.setFont(bold);
        header.setWrapText(true);
        header.setVerticalAlignment(VerticalAlignment.BOTTOM);
        header.setBorderBottom(BorderStyle.THIN);
        rotatedHeader = filled(workbook, HEADER_FILL);
        rotatedHeader.setFont(bold);
        rotatedHeader.setRotation((short) 90);
        rotatedHeader.setAlignment(HorizontalAlignment.CENTER);
        rotatedHeader.setVerticalAlignment(VerticalAlignment.BOTTOM);
        rotatedHeader.setBorderBottom(BorderStyle.THIN);
        categoryHeader = filled(workbook, HEADER_FILL);
        categoryHeader.setFont(bold);
        categoryHeader.setAlignment(HorizontalAlignment.CENTER);
        categoryHeader.setBorderLeft(BorderStyle.THIN);
        categoryHeader.setBorderRight(BorderStyle.THIN);
        totalLabel = style(workbook);
        totalLabel.setFont(bold);
        totalLabel.setBorderTop(BorderStyle.THIN);
        totalNumber = style(workbook);
        totalNumber.setFont(bold);
        totalNumber.setBorderTop(BorderStyle.THIN);
        totalNumber.setDataFormat(format.getFormat("0"));
        for (var level : Level.values()) {
            validated[level.value()] = level(workbook, level, "0");
            selfOnly[level.value()] = level(workbook, level, "0\"*\"");
        }
    }

    /** A level's cell: its colour, its number; a self-rating no manager has validated yet shows a star. */
    XSSFCellStyle level(Level level, boolean isValidated) {
        return isValidated ? validated[level.value()] : selfOnly[level.value()];
    }

    private static XSSFCellStyle level(SXSSFWorkbook workbook, Level level, String numberFormat) {
        var style = filled(workbook, LevelPalette.fill(level));
        var font = font(workbook, level.isAtLeast(Level.PROFICIENT), 11);
        font.setColor(new XSSFColor(LevelPalette.rgb(LevelPalette.text(level))));
        style.setFont(font);
        style.setAlignment(HorizontalAlignment.CENTER);
        style.setDataFormat(workbook.createDataFormat().getFormat(numberFormat));
        var border = new XSSFColor(LevelPalette.rgb(BORDER));
        style.setBorderBottom(BorderStyle.THIN);
        style.setBottomBorderColor(border);
        style.setBorderRight(BorderStyle.THIN);
        style.setRightBorderColor(border);
        return style;
    }

    private static XSSFCellStyle style(SXSSFWorkbook workbook) {
        return (XSSFCellStyle) workbook.createCellStyle();
    }

    private static XSSFCellStyle filled(SXSSFWorkbook workbook, int colour) {
        var style = style(workbook);
        style.setFillForegroundColor(new XSSFColor(LevelPalette.rgb(colour)));
        style.setFillPattern(FillPatternType.SOLID_FOREGROUND);
        return style;
    }

    private static XSSFFont font(SXSSFWorkbook workbook, boolean bold, int points) {
        var font = (XSSFFont) workbook.createFont();
        font.setBold(bold);
        font.setFontHeightInPoints((short) points);
        return font;
    }
}
