package org.skillsmatrix.api.base;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class VersionsTest {

    @Test
    void theEntityTagOfAVersionIsTheQuotedNumber() {
        assertThat(Versions.etag(3)).isEqualTo("\"3\"");
    }

    @ParameterizedTest
    @ValueSource(strings = {"\"3\"", "W/\"3\"", "3", " \"3\" "})
    void ifMatchNamesTheVersionAsTheETagGaveIt(String ifMatch) {
        assertThat(Versions.required(ifMatch)).isEqualTo(3);
    }

    @Test
    void theBodysVersionServesWhereIfMatchIsMissingAndMustAgreeWhereItIsNot() {
        assertThat(Versions.required(null, 4L)).isEqualTo(4);
        assertThat(Versions.required("\"4\"", 4L)).isEqualTo(4);
        assertThatExceptionOfType(InvalidRequest.class).isThrownBy(() -> Versions.required("\"4\"", 5L));
    }

    @Test
    void noVersionAtAllIsAPreconditionRequired() {
        assertThatExceptionOfType(PreconditionRequired.class).isThrownBy(() -> Versions.required(null, null));
        assertThatExceptionOfType(PreconditionRequired.class).isThrownBy(() -> Versions.required(" "));
    }

    @ParameterizedTest
    @ValueSource(strings = {"*", "\"three\"", "\"1\", \"2\"", "-1", "\"99999999999999999999\""})
    void anythingElseInIfMatchIsInvalid(String ifMatch) {
        assertThatExceptionOfType(InvalidRequest.class)
                .isThrownBy(() -> Versions.required(ifMatch))
                .satisfies(invalid -> assertThat(invalid.problems())
                        .extracting(FieldProblem::field)
                        .containsExactly("If-Match"));
    }
}
