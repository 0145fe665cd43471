package org.skillsmatrix.domain.certification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.skillsmatrix.domain.base.CertificateId;
import org.skillsmatrix.domain.base.CertificationId;
import org.skillsmatrix.domain.base.InvalidInput;
import org.skillsmatrix.domain.base.PersonId;

class CertificateTest {

    @ParameterizedTest
    @ValueSource(strings = {"https://www.credly.com/badges/1234", "http://example.org/cert.pdf", "HTTPS://Example.org"})
    void takesAWebLinkAsEvidence(String link) {
        assertThat(certificate(LocalDate.of(2027, 1, 1), link).evidence()).isEqualTo(link);
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "javascript:alert(1)",
                "file:///etc/passwd",
                "ftp://example.org/cert",
                "www.example.org",
                "https://",
                "https://exa mple.org"
            })
    void refusesAnyOtherEvidence(String link) {
        assertThatThrownBy(() -> certificate(LocalDate.of(2027, 1, 1), link))
                .isInstanceOfSatisfying(
                        InvalidInput.class, e -> assertThat(e.field()).isEqualTo("evidence"))
                .hasMessage("The evidence link must be a web address starting with http:// or https://");
    }

    @Test
    void aBlankLinkIsNoEvidence() {
        assertThat(certificate(LocalDate.of(2027, 1, 1), "  ").evidence()).isNull();
    }

    @Test
    void expiresAfterItWasIssued() {
        assertThatThrownBy(() -> certificate(LocalDate.of(2025, 1, 1), null))
                .isInstanceOfSatisfying(
                        InvalidInput.class, e -> assertThat(e.field()).isEqualTo("expires"));
    }

    private static Certificate certificate(LocalDate expires, @Nullable String evidence) {
        return new Certificate(
                CertificateId.random(),
                PersonId.random(),
                CertificationId.random(),
                LocalDate.of(2025, 1, 1),
                expires,
                evidence,
                Instant.EPOCH,
                null,
                null,
                0);
    }
}
