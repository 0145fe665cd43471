package org.skillsmatrix.reporting.xlsx;

import java.util.IdentityHashMap;
import java.util.Map;
import org.dhatim.fastexcel.StyleIndex;
import org.dhatim.fastexcel.Worksheet;

/**
 * The level cells' looks of one workbook, each resolved into the workbook's styles once, for its first cell, and
 * given to every later cell by its index: resolving a look per cell was a third of a whole organisation's export.
 */
final class LevelStyles {

    private final Map<XlsxStyles.Look, Integer> indexes = new IdentityHashMap<>();

    void on(Worksheet sheet, int r, int c, XlsxStyles.Look look) {
        var index = indexes.get(look);
        if (index == null) {
            look.on(sheet, r, c);
            indexes.put(look, StyleIndex.of(sheet, r, c));
        } else {
            StyleIndex.set(sheet, r, c, index);
        }
    }
}
