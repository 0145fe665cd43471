package org.skillsmatrix.app.security;

import org.skillsmatrix.domain.people.SignInRefused;

/**
 * The principal of a valid bearer token whose account may not sign in (no roles, not among the people, or no
 * longer active). It holds no roles, so every API request with it is refused with 403 and {@link #message()}.
 */
record RefusedAccount(String subject, SignInRefused.Reason reason, String message) {

    static RefusedAccount of(String subject, SignInRefused refused) {
        return new RefusedAccount(subject, refused.reason(), refused.getMessage());
    }
}
