package org.skillsmatrix.ui.base;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.grid.Grid;
import java.util.List;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

class ColumnWidthsTest {

    private final Grid<String> grid = new Grid<>();

    @Test
    void aColumnIsAsWideAsTheLongestWordOfItsHeaderText() {
        var column = grid.addColumn(text -> text).setHeader("Fehlbestand, alle Teams");

        ColumnWidths.fit(column, List.of("1", "12"), Function.identity());

        assertThat(column.getWidth())
                .as("12 characters of a header and the padding")
                .isEqualTo("8rem");
    }

    @Test
    void aColumnIsAsWideAsTheLongestWordOfItsRowsWhereThatIsLonger() {
        var column = grid.addColumn(text -> text).setHeader("Kategorie").setSortable(true);

        ColumnWidths.fit(column, List.of("Sicherheit", "Programmiersprachen"), Function.identity());

        assertThat(column.getWidth())
                .as("19 characters of a cell and the padding")
                .isEqualTo("12.75rem");
    }
}
