package org.skillsmatrix.domain.base;

import static org.assertj.core.api.Assertions.assertThat;
import static org.skillsmatrix.domain.testing.DomainAssertions.assertInvalid;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;

class TextsTest {

    @Test
    void aNameIsTrimmed() {
        assertThat(Texts.requireName("  Payments\t", "name", 80)).isEqualTo("Payments");
    }

    @ParameterizedTest
    @NullSource
    @ValueSource(strings = {"", "   ", "\t\n"})
    void aNameMustNotBeEmpty(String empty) {
        assertInvalid(() -> Texts.requireName(empty, "team name", 80), "team name", "Team name must not be empty");
    }

    @Test
    void aNameHasAtMostTheGivenLengthAfterTrimming() {
        assertThat(Texts.requireName(" " + "x".repeat(10) + " ", "name", 10)).hasSize(10);
        assertInvalid(
                () -> Texts.requireName("x".repeat(11), "name", 10), "name", "Name must be at most 10 characters");
    }

    @ParameterizedTest
    @ValueSource(strings = {"Pay\nments", "Pay\rments", "Pay\u0000ments", "Pay\tments"})
    void aNameIsASingleLine(String multiLine) {
        assertInvalid(() -> Texts.requireName(multiLine, "name", 80), "name", "Name must be a single line of text");
    }

    @ParameterizedTest
    @NullSource
    @ValueSource(strings = {"", "  "})
    void anOptionalTextLeftBlankIsAbsent(String blank) {
        assertThat(Texts.optional(blank, "evidence", 10)).isNull();
    }

    @Test
    void anOptionalTextIsTrimmedMayspanLinesAndHasAMaximumLength() {
        assertThat(Texts.optional("  line one\nline two ", "evidence", 20)).isEqualTo("line one\nline two");
        assertInvalid(
                () -> Texts.optional("x".repeat(21), "evidence", 20),
                "evidence",
                "Evidence must be at most 20 characters");
    }
}
