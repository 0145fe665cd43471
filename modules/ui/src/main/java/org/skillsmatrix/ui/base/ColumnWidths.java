package org.skillsmatrix.ui.base;

import com.vaadin.flow.component.grid.Grid;
import java.math.BigDecimal;
import java.util.Collection;
import java.util.Objects;
import java.util.function.Function;

/**
 * Grid columns as wide as the longest word they show, so their texts wrap between words and neither break inside
 * one nor end in an ellipsis: a grid's column never narrows below its width, and grows from it where there is
 * room. A word's width is estimated from its characters, generously, as the server cannot measure it.
 */
public final class ColumnWidths {

    /** A character of a cell's type (Lumo's 1rem) and of a header's smaller type, in rem: wider than most. */
    private static final double CELL_CHARACTER = 0.56;

    private static final double HEADER_CHARACTER = 0.5;

    /** A cell's padding on both sides. */
    private static final double PADDING = 2;

    /** A sortable header's arrows beside its text. */
    private static final double SORTER = 1.5;

    private ColumnWidths() {}

    /** Sets the column's width to fit the longest word of its header text and of the rows' texts. */
    public static <T> void fit(Grid.Column<T> column, Collection<T> rows, Function<T, String> text) {
        var header = Objects.requireNonNullElse(column.getHeaderText(), "");
        var cells = rows.stream()
                .mapToInt(row -> longestWord(text.apply(row)))
                .max()
                .orElse(0);
        var rem = Math.max(
                cells * CELL_CHARACTER + PADDING,
                longestWord(header) * HEADER_CHARACTER + PADDING + (column.isSortable() ? SORTER : 0));
        column.setWidth(rem(rem));
    }

    /** The length of the text's longest word, in characters; a line may break after a hyphen too. */
    public static int longestWord(String text) {
        int longest = 0;
        for (var word : text.split("\\s+|(?<=-)")) {
            longest = Math.max(longest, word.length());
        }
        return longest;
    }

    /** A width in rem, rounded up to a quarter. */
    public static String rem(double rem) {
        return BigDecimal.valueOf(Math.ceil(rem * 4) / 4).stripTrailingZeros().toPlainString() + "rem";
    }
}
