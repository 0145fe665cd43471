package org.skillsmatrix.app.security;

import org.skillsmatrix.domain.base.ConcurrentEdit;
import org.skillsmatrix.domain.base.InvalidInput;
import org.skillsmatrix.domain.people.Identity;
import org.skillsmatrix.domain.people.SignIn;
import org.skillsmatrix.domain.people.SignedIn;

/**
 * Signs in through the domain's {@link SignIn}, once more when the first attempt lost a race: two first
 * requests of the same account at once both add or link the person, and one of them breaks a unique key or
 * the person's version. The second attempt, in a transaction of its own, finds what the winner stored.
 */
final class SignInAttempts {

    private final SignIn signIn;

    SignInAttempts(SignIn signIn) {
        this.signIn = signIn;
    }

    SignedIn signIn(Identity identity) {
        try {
            return signIn.signIn(identity);
        } catch (ConcurrentEdit | InvalidInput raced) {
            return signIn.signIn(identity);
        }
    }
}
