package org.skillsmatrix.app.security;

/**
 * How people sign in: through the identity provider, or, while none is configured, with local demo accounts.
 * Never both: demo accounts with a shared password next to real single sign-on would be a back door.
 */
enum SignInMode {
    IDENTITY_PROVIDER,
    LOCAL_ACCOUNTS;

    /** The mode the settings ask for; fails on settings that ask for both or for neither. */
    static SignInMode of(OidcProperties oidc, LocalAccountsProperties localAccounts) {
        var local = localAccounts.enabled();
        if (oidc.configured()) {
            if (Boolean.TRUE.equals(local)) {
                throw new ConflictingSignInSettings(
                        "Local demo accounts cannot be enabled while an identity provider is configured: "
                                + LocalAccountsProperties.ENABLED + " is true and " + OidcProperties.ISSUER_URI
                                + " is " + oidc.issuer() + ".",
                        "Remove " + LocalAccountsProperties.ENABLED
                                + " (SKILLS_MATRIX_LOCAL_ACCOUNTS_ENABLED) to sign in through the identity provider,"
                                + " or remove " + OidcProperties.ISSUER_URI
                                + " (SKILLS_MATRIX_OIDC_ISSUER_URI) to use the local demo accounts.");
            }
            return IDENTITY_PROVIDER;
        }
        if (Boolean.FALSE.equals(local)) {
            throw new ConflictingSignInSettings(
                    "Nobody could sign in: local demo accounts are disabled (" + LocalAccountsProperties.ENABLED
                            + " is false) and no identity provider is configured (" + OidcProperties.ISSUER_URI
                            + ").",
                    "Set " + OidcProperties.ISSUER_URI + " (SKILLS_MATRIX_OIDC_ISSUER_URI) to the issuer of your"
                            + " identity provider, or remove " + LocalAccountsProperties.ENABLED + ".");
        }
        return LOCAL_ACCOUNTS;
    }

    /** Settings that ask for an impossible way of signing in; start-up fails with {@link #action()} as advice. */
    static final class ConflictingSignInSettings extends IllegalStateException {

        private final String action;

        ConflictingSignInSettings(String message, String action) {
            super(message);
            this.action = action;
        }

        String action() {
            return action;
        }
    }
}
