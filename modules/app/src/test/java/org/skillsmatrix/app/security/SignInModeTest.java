package org.skillsmatrix.app.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.skillsmatrix.app.security.SignInMode.ConflictingSignInSettings;

class SignInModeTest {

    private static final String ISSUER = "http://localhost:8180/realms/skills-matrix";

    @Test
    void withoutAnIssuerLocalAccountsSignInUnlessSwitchedOff() {
        assertThat(SignInMode.of(oidc(null), local(null))).isEqualTo(SignInMode.LOCAL_ACCOUNTS);
        assertThat(SignInMode.of(oidc(null), local(true))).isEqualTo(SignInMode.LOCAL_ACCOUNTS);
    }

    @Test
    void withAnIssuerTheIdentityProviderSignsInAndLocalAccountsAreOff() {
        assertThat(SignInMode.of(oidc(ISSUER), local(null))).isEqualTo(SignInMode.IDENTITY_PROVIDER);
        assertThat(SignInMode.of(oidc(ISSUER), local(false))).isEqualTo(SignInMode.IDENTITY_PROVIDER);
    }

    @Test
    void localAccountsCannotBeSwitchedOnNextToAnIssuer() {
        assertThatThrownBy(() -> SignInMode.of(oidc(ISSUER), local(true)))
                .isInstanceOf(ConflictingSignInSettings.class)
                .hasMessage("Local demo accounts cannot be enabled while an identity provider is configured:"
                        + " skills-matrix.local-accounts.enabled is true and skills-matrix.oidc.issuer-uri is "
                        + ISSUER + ".");
    }

    @Test
    void someoneMustBeAbleToSignIn() {
        assertThatThrownBy(() -> SignInMode.of(oidc(null), local(false)))
                .isInstanceOf(ConflictingSignInSettings.class)
                .hasMessageStartingWith("Nobody could sign in");
    }

    @Test
    void anIssuerIsAnHttpUrl() {
        assertThatThrownBy(() -> oidc("localhost:8180/realms/skills-matrix"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("must be an http(s) URL");
    }

    @Test
    void unsetOidcSettingsTakeTheirDefaults() {
        var oidc = oidc(" ");

        assertThat(oidc.configured()).isFalse();
        assertThat(oidc.clientId()).isEqualTo("skills-matrix-web");
        assertThat(oidc.apiAudience()).isEqualTo("skills-matrix-api");
        assertThat(oidc.roleMapping()).isEqualTo(OidcProperties.DEFAULT_ROLE_MAPPING);
        assertThat(oidc.unknownUsers()).isEqualTo(org.skillsmatrix.domain.people.UnknownUsers.CREATE);
        assertThat(oidc.clientSecret()).isNull();
    }

    static OidcProperties oidc(@Nullable String issuer) {
        return new OidcProperties(issuer, null, null, null, null, null, null, false, false, false, null, null);
    }

    private static LocalAccountsProperties local(@Nullable Boolean enabled) {
        return new LocalAccountsProperties(enabled, "demo", Map.of(), List.of(), List.of(), null);
    }
}
