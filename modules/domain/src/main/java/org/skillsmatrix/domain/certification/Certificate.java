package org.skillsmatrix.domain.certification;

import java.net.URI;
import java.net.URISyntaxException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.skillsmatrix.domain.base.CertificateId;
import org.skillsmatrix.domain.base.CertificationId;
import org.skillsmatrix.domain.base.InvalidInput;
import org.skillsmatrix.domain.base.PersonId;
import org.skillsmatrix.domain.base.Texts;

/**
 * A person's certificate: they hold a certification from its issue date to its expiry date (valid through that
 * day), with an optional link to evidence (an http or https address). Their manager may verify it.
 */
public record Certificate(
        CertificateId id,
        PersonId person,
        CertificationId certification,
        LocalDate issued,
        LocalDate expires,
        @Nullable String evidence,
        Instant recordedAt,
        @Nullable PersonId verifiedBy,
        @Nullable Instant verifiedAt,
        long version) {

    public static final int MAX_EVIDENCE = 2000;

    public Certificate {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(person, "person");
        Objects.requireNonNull(certification, "certification");
        Objects.requireNonNull(issued, "issued");
        Objects.requireNonNull(expires, "expires");
        Objects.requireNonNull(recordedAt, "recordedAt");
        if (!expires.isAfter(issued)) {
            throw new InvalidInput("expires", "certificate.expires-before-issued");
        }
        evidence = evidenceLink(evidence);
    }

    public boolean verified() {
        return verifiedBy != null;
    }

    public Certificate verifiedBy(PersonId manager, Instant at) {
        return new Certificate(id, person, certification, issued, expires, evidence, recordedAt, manager, at, version);
    }

    private static @Nullable String evidenceLink(@Nullable String text) {
        var link = Texts.optional(text, "evidence", MAX_EVIDENCE);
        if (link == null) {
            return null;
        }
        try {
            var uri = new URI(link);
            var scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            if ((scheme.equals("http") || scheme.equals("https")) && uri.getHost() != null) {
                return link;
            }
        } catch (URISyntaxException e) {
            // refused below, as any other address that is not a web link
        }
        throw new InvalidInput("evidence", "certificate.evidence-not-a-link");
    }
}
