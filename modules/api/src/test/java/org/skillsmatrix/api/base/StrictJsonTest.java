package org.skillsmatrix.api.base;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.skillsmatrix.domain.scale.Interest;
import tools.jackson.databind.exc.MismatchedInputException;
import tools.jackson.databind.json.JsonMapper;

class StrictJsonTest {

    record Body(
            @Nullable Integer level,
            @Nullable Long version,
            @Nullable Interest interest,
            @Nullable String name,
            @Nullable Boolean active,
            @Nullable UUID skill) {}

    private final JsonMapper json = strict();

    @Test
    void readsWhatIsWrittenAsItIsMeant() {
        var body = json.readValue("""
                {"level": 3, "version": 7, "interest": "WANTS_TO_GROW", "name": "Ada", "active": true,
                 "skill": "5b0e2a7e-5a47-4b7c-9a53-0e0f6f0a4d11"}""", Body.class);

        assertThat(body)
                .isEqualTo(new Body(
                        3,
                        7L,
                        Interest.WANTS_TO_GROW,
                        "Ada",
                        true,
                        UUID.fromString("5b0e2a7e-5a47-4b7c-9a53-0e0f6f0a4d11")));
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "{\"level\": 4.5}",
                "{\"level\": 4.0}",
                "{\"level\": \"4\"}",
                "{\"level\": true}",
                "{\"version\": 1.5}",
                "{\"interest\": 0}",
                "{\"interest\": 1.0}",
                "{\"name\": 12}",
                "{\"name\": 1.5}",
                "{\"name\": false}",
                "{\"active\": 1}",
                "{\"active\": \"true\"}"
            })
    void refusesAValueOfAnotherTypeInsteadOfConvertingIt(String body) {
        assertThatExceptionOfType(MismatchedInputException.class)
                .isThrownBy(() -> json.readValue(body, Body.class))
                .satisfies(refused -> assertThat(refused.getPath()).isNotEmpty());
    }

    @Test
    void withoutItAFractionIsCutToAnIntegerAndANumberPicksAnEnum() {
        var lenient = JsonMapper.builder().build();

        assertThat(lenient.readValue("{\"level\": 4.5, \"interest\": 0}", Body.class))
                .extracting(Body::level, Body::interest)
                .containsExactly(4, Interest.values()[0]);
    }

    private static JsonMapper strict() {
        var builder = JsonMapper.builder();
        new StrictJson().customize(builder);
        return builder.build();
    }
}
