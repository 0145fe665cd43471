package org.skillsmatrix.domain.people;

import java.time.Instant;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * A sign-out at the identity provider that the provider told the application of: it ends the provider's session
 * {@code session} or, where the provider names none, every session of the account {@code subject} begun before
 * {@code at}.
 *
 * @param session the provider's session id ({@code sid}), if it named one
 * @param subject the account's id at the provider ({@code sub}), if it named one
 * @param at when the application was told
 */
public record SignOut(@Nullable String session, @Nullable String subject, Instant at) {

    public SignOut {
        Objects.requireNonNull(at, "at");
        if (session == null && subject == null) {
            throw new IllegalArgumentException("A sign-out names a session or an account");
        }
    }

    /**
     * Whether it ends a session of the provider's session {@code signedInSession} and account {@code signedInSubject}
     * signed in at {@code signedInAt}.
     */
    public boolean ends(@Nullable String signedInSession, String signedInSubject, Instant signedInAt) {
        if (session != null) {
            return session.equals(signedInSession) && (subject == null || subject.equals(signedInSubject));
        }
        return signedInSubject.equals(subject) && !signedInAt.isAfter(at);
    }
}
