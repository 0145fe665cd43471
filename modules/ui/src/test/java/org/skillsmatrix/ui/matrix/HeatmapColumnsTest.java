package org.skillsmatrix.ui.matrix;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** A skill's column is wide enough that its header, beside its sorting arrows, wraps between words and is never cut. */
class HeatmapColumnsTest {

    @Test
    void aShortNameKeepsTheUsualWidth() {
        assertThat(Heatmap.columnWidth("Go")).isEqualTo("5.5rem");
        assertThat(Heatmap.columnWidth("Cloud cost")).isEqualTo("5.5rem");
    }

    @Test
    void aLongWordWidensItsColumn() {
        assertThat(Heatmap.columnWidth("Authentication")).isEqualTo("9.5rem");
        assertThat(Heatmap.columnWidth("Threat modelling")).isEqualTo("7rem");
    }

    @Test
    void aHyphenatedWordMayBreakAfterItsHyphen() {
        assertThat(Heatmap.columnWidth("Cloud-Kostenmanagement")).isEqualTo("10.5rem");
    }
}
