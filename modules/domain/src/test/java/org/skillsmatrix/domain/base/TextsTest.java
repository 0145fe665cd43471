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
    @ValueSource(strings = {"Pay\nments", "Pay\rments", "Pay\u0000ments", "Pay\tments", "Pay\u001bments", "Pay\u0085"})
    void aNameIsASingleLineWithoutControlCharacters(String multiLine) {
        assertInvalid(
                () -> Texts.requireName(multiLine, "name", 80),
                "name",
                "Name must be a single line of text without control characters");
        assertThat(kindOf(() -> Texts.requireName(multiLine, "name", 80)))
                .isEqualTo(InvalidInput.Kind.CONTROL_CHARACTER);
    }

    @ParameterizedTest
    @ValueSource(strings = {"Pay\u200Bments", "Pay\u200Dments", "\u202EstnemyaP", "Pay\u2066ments", "\uFEFFPayments"})
    void aNameHoldsNoInvisibleOrDirectionChangingCharacter(String name) {
        assertInvalid(
                () -> Texts.requireName(name, "name", 80),
                "name",
                "Name must not contain invisible or direction-changing characters");
        assertThat(kindOf(() -> Texts.requireName(name, "name", 80))).isEqualTo(InvalidInput.Kind.INVISIBLE_CHARACTER);
    }

    @Test
    void aNameIsKeptInComposedForm() {
        var decomposed = "Jos\u0065\u0301 Mu\u0308ller";

        assertThat(Texts.requireName(decomposed, "name", 80)).isEqualTo("Jos\u00e9 M\u00fcller");
        assertThat(Texts.requireName("e\u0301".repeat(3), "name", 3)).hasSize(3);
    }

    @Test
    void aLineIsKeptAsItIsButHoldsNoControlCharacter() {
        assertThat(Texts.requireLine(" e\u0301 ", "subject", 10)).isEqualTo("e\u0301");
        assertInvalid(
                () -> Texts.requireLine("a\u0000b", "subject", 10),
                "subject",
                "Subject must be a single line of text without control characters");
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

    @ParameterizedTest
    @ValueSource(strings = {"a\u0000b", "a\u0007b", "a\u001bb", "a\u007fb", "a\u0085b", "a\uD800b", "a\uDC00b"})
    void anOptionalTextHoldsNoControlOrBrokenCharacter(String text) {
        assertInvalid(
                () -> Texts.optional(text, "evidence", 20), "evidence", "Evidence must not contain control characters");
        assertThat(kindOf(() -> Texts.optional(text, "evidence", 20))).isEqualTo(InvalidInput.Kind.CONTROL_CHARACTER);
    }

    @Test
    void anOptionalTextKeepsTabsLineBreaksAndEveryLanguage() {
        var text = "Tabs\tand\r\nlines, \u00e9, \u4e2d\u6587, \uD83D\uDC69\u200D\uD83D\uDCBB";

        assertThat(Texts.optional(text, "evidence", 80)).isEqualTo(text);
    }

    private static InvalidInput.Kind kindOf(Runnable check) {
        try {
            check.run();
        } catch (InvalidInput invalid) {
            return invalid.kind();
        }
        throw new AssertionError("accepted");
    }
}
