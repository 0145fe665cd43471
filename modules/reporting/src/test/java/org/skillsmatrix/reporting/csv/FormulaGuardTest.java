package org.skillsmatrix.reporting.csv;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class FormulaGuardTest {

    @Test
    void textThatWouldRunAsAFormulaGetsALeadingApostrophe() {
        assertThat(FormulaGuard.text("=1+2")).isEqualTo("'=1+2");
        assertThat(FormulaGuard.text("+49 30 1234")).isEqualTo("'+49 30 1234");
        assertThat(FormulaGuard.text("-1")).isEqualTo("'-1");
        assertThat(FormulaGuard.text("@SUM(A1)")).isEqualTo("'@SUM(A1)");
        assertThat(FormulaGuard.text("\t=1")).isEqualTo("'\t=1");
        assertThat(FormulaGuard.text("\r=1")).isEqualTo("'\r=1");
    }

    @Test
    void ordinaryTextIsLeftAlone() {
        assertThat(FormulaGuard.text("Ann Smith")).isEqualTo("Ann Smith");
        assertThat(FormulaGuard.text("a=b")).isEqualTo("a=b");
        assertThat(FormulaGuard.text("")).isEmpty();
    }
}
