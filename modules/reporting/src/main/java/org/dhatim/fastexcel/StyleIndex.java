package org.dhatim.fastexcel;

/**
 * A cell's style by its index in the workbook's style table. FastExcel (0.19) resolves a style setter into that
 * table anew on every call, building its parts and searching the table for each cell, and offers no public way
 * to give a cell a style the table already has; a whole organisation's matrix has two million level cells in ten
 * styles. Hence this class, in FastExcel's package, to reach the cell's style index.
 */
public final class StyleIndex {

    private StyleIndex() {}

    /** The index of the style a cell has, once its style has been set. */
    public static int of(Worksheet sheet, int r, int c) {
        return sheet.cell(r, c).getStyle();
    }

    /** Gives a cell the style with this index, which the workbook's style table already has. */
    public static void set(Worksheet sheet, int r, int c, int style) {
        sheet.cell(r, c).setStyle(style);
    }
}
