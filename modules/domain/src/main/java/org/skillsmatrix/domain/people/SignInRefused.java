package org.skillsmatrix.domain.people;

import org.skillsmatrix.domain.base.AccessDenied;

/** Signing in was refused; {@link #reason()} says why, so that the refusal can be explained to the person. */
public final class SignInRefused extends AccessDenied {

    /** Why a sign-in was refused. */
    public enum Reason {
        /** The account holds none of the application's roles. */
        NO_ROLES,
        /** No person is linked to the account or has its e-mail, and unknown users are refused. */
        UNKNOWN_USER,
        /** No person is linked to the account, and it has no e-mail the application trusts to find or add one. */
        NO_TRUSTED_EMAIL,
        /** The person the account belongs to is no longer active. */
        INACTIVE,
        /** The account's e-mail is a person's whom another account signs in as already. */
        LINKED_TO_ANOTHER_ACCOUNT
    }

    private final Reason reason;

    public SignInRefused(Reason reason, String message) {
        super(message);
        this.reason = reason;
    }

    public Reason reason() {
        return reason;
    }
}
