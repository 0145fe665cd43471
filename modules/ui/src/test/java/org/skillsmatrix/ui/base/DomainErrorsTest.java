package org.skillsmatrix.ui.base;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.skillsmatrix.domain.base.AccessDenied;
import org.skillsmatrix.domain.base.Busy;
import org.skillsmatrix.domain.base.ConcurrentEdit;
import org.skillsmatrix.domain.base.InvalidInput;
import org.skillsmatrix.domain.base.NotFound;

class DomainErrorsTest {

    @Test
    void describesEachKindOfErrorFromTheBundle() {
        assertThat(DomainErrors.describe(new AccessDenied("You are not allowed to rate this"), Bundle.ENGLISH))
                .isEqualTo("You are not allowed to do this.");
        assertThat(DomainErrors.describe(new NotFound("Skill", "x"), Bundle.ENGLISH))
                .startsWith("What you asked for no longer exists");
        assertThat(DomainErrors.describe(new ConcurrentEdit("The skill"), Bundle.ENGLISH))
                .startsWith("Someone else changed this");
        assertThat(DomainErrors.describe(new Busy("Too many exports"), Bundle.ENGLISH))
                .isEqualTo("Too many reports are being exported right now. Try again in a minute.");
    }

    @Test
    void describesInvalidInputInAKnownFieldFromTheBundle() {
        assertThat(DomainErrors.describe(
                        new InvalidInput("evidence", "text.too-long", new InvalidInput.FieldName("evidence"), 2000),
                        Bundle.ENGLISH))
                .isEqualTo("Keep the evidence to at most 2,000 characters.");
        assertThat(DomainErrors.describe(new InvalidInput("skill", "skill.retired.ratings", "Perl"), Bundle.ENGLISH))
                .contains("retired");
    }

    @Test
    void describesACharacterNoTextMayHoldTheSameInEveryField() {
        var control = new InvalidInput(
                InvalidInput.Kind.CONTROL_CHARACTER,
                "evidence",
                "text.control-character",
                new InvalidInput.FieldName("evidence"));
        var invisible = new InvalidInput(
                InvalidInput.Kind.INVISIBLE_CHARACTER,
                "name",
                "text.invisible-character",
                new InvalidInput.FieldName("name"));

        assertThat(DomainErrors.describe(control, Bundle.ENGLISH)).startsWith("Remove the control characters");
        assertThat(DomainErrors.describe(invisible, Bundle.ENGLISH)).startsWith("Remove the invisible");
    }

    @Test
    void tellsTheDomainsRuleForOtherFieldsInThePagesLanguage() {
        var error = new InvalidInput("email", "person.email-invalid", "x");
        var german = new Translator() {
            @Override
            public String translate(String key, Object... params) {
                return Bundle.ENGLISH.translate(key, params);
            }

            @Override
            public Locale language() {
                return Locale.GERMAN;
            }
        };

        assertThat(DomainErrors.describe(error, Bundle.ENGLISH)).isEqualTo("'x' is not a valid e-mail address");
        assertThat(DomainErrors.describe(error, german)).isEqualTo("„x“ ist keine gültige E-Mail-Adresse");
    }

    @Test
    void everyKnownFieldHasAMessage() {
        for (var field : DomainErrors.knownFields()) {
            assertThat(Bundle.ENGLISH.has(
                            DomainErrors.key(new InvalidInput(field, "text.empty", new InvalidInput.FieldName(field)))))
                    .as(field)
                    .isTrue();
        }
    }

    @Test
    void mapsErrorsToHttpStatuses() {
        assertThat(DomainErrors.status(new InvalidInput("level", "level.out-of-range", 9)))
                .isEqualTo(400);
        assertThat(DomainErrors.status(new AccessDenied("x"))).isEqualTo(403);
        assertThat(DomainErrors.status(new NotFound("Skill", "x"))).isEqualTo(404);
        assertThat(DomainErrors.status(new ConcurrentEdit("x"))).isEqualTo(409);
        assertThat(DomainErrors.status(new Busy("x"))).isEqualTo(503);
    }
}
