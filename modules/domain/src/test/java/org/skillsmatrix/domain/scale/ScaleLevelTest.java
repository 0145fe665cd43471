package org.skillsmatrix.domain.scale;

import static org.assertj.core.api.Assertions.assertThat;
import static org.skillsmatrix.domain.testing.DomainAssertions.assertInvalid;

import org.junit.jupiter.api.Test;

class ScaleLevelTest {

    @Test
    void aLevelHasAShortNameAndAOneLineDescriptor() {
        assertInvalid(() -> level("N".repeat(41), "Knows it."), "name", "Name must be at most 40 characters");
        assertInvalid(
                () -> level("Expert", "D".repeat(301)), "descriptor", "Descriptor must be at most 300 characters");
        assertInvalid(
                () -> level("Expert", "Knows\nit."),
                "descriptor",
                "Descriptor must be a single line of text without control characters");
    }

    @Test
    void redescribingKeepsLevelAndVersion() {
        var expert = new ScaleLevel(Level.EXPERT, "Expert", "Guides others.", 3);

        assertThat(expert.describedAs(" Guru ", "Teaches it."))
                .isEqualTo(new ScaleLevel(Level.EXPERT, "Guru", "Teaches it.", 3));
    }

    private static ScaleLevel level(String name, String descriptor) {
        return new ScaleLevel(Level.EXPERT, name, descriptor, 0);
    }
}
