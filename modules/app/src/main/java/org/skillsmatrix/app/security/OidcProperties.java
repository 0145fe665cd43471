package org.skillsmatrix.app.security;

import java.time.Duration;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.skillsmatrix.domain.access.Role;
import org.skillsmatrix.domain.people.UnknownUsers;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.util.StringUtils;

/**
 * Single sign-on through an OpenID Connect provider such as Keycloak. With an issuer, the web UI signs in
 * there (authorization code with PKCE) and {@code /api/**} accepts the provider's bearer tokens; without one,
 * local demo accounts sign in.
 *
 * @param issuerUri the provider's issuer, e.g. {@code http://localhost:8180/realms/skills-matrix}; empty: no
 *     single sign-on
 * @param clientId the web UI's client at the provider
 * @param clientSecret the web UI's client secret; empty for a public client (PKCE alone)
 * @param apiAudience what the {@code aud} claim of a bearer token must contain for the API to accept it
 * @param clientRolesClientId a client whose client roles ({@code resource_access.<client>.roles}) map to the
 *     application's roles as well as the realm roles ({@code realm_access.roles}); empty: realm roles only
 * @param roleMapping the provider's role name → the application's role; roles it does not name are ignored.
 *     Empty: {@code employee}, {@code manager}, {@code hr} and {@code admin} map to the roles of those names
 * @param unknownUsers what signing in does with an account that no person is linked to and whose e-mail no
 *     person has: {@code create} a person, or {@code refuse}
 * @param trustUnverifiedEmails whether an e-mail the provider has not verified may link an account to the
 *     person who has it; only for providers whose users cannot set their own e-mail (e.g. from a directory)
 * @param relinkByEmail whether an account may take over, by its verified e-mail, a person another account signs in
 *     as (for a move to a new realm or new accounts); off: such a sign-in is refused and audited
 * @param namesFromProvider whether a sign-in takes over the name the account gives for a person already known;
 *     off: the name HR keeps stays
 * @param clockSkew how far the clocks of the provider and the application may be apart when a bearer token's
 *     expiry and not-before are checked; an expired token is accepted for this long after its expiry
 * @param signInCache how long the person a bearer token signed in is kept for the same token's claims (10 s by
 *     default; 0 looks them up on every call): a change made on another node of the cluster, such as a
 *     deactivation, takes at most this long to reach this one; a bearer token that passed its checks is taken as
 *     it is for as long, never past its expiry
 */
@ConfigurationProperties("skills-matrix.oidc")
record OidcProperties(
        @Nullable String issuerUri,
        String clientId,
        @Nullable String clientSecret,
        String apiAudience,
        @Nullable String clientRolesClientId,
        Map<String, Role> roleMapping,
        UnknownUsers unknownUsers,
        boolean trustUnverifiedEmails,
        boolean relinkByEmail,
        boolean namesFromProvider,
        Duration clockSkew,
        Duration signInCache) {

    /** The provider's registration id in Spring Security's OAuth2 client, and so in the sign-in URLs. */
    static final String REGISTRATION_ID = "keycloak";

    static final String ISSUER_URI = "skills-matrix.oidc.issuer-uri";

    /** Enough for clocks kept by NTP; an expired token is refused a few seconds after its expiry at the latest. */
    static final Duration DEFAULT_CLOCK_SKEW = Duration.ofSeconds(5);

    static final Map<String, Role> DEFAULT_ROLE_MAPPING =
            Map.of("employee", Role.EMPLOYEE, "manager", Role.MANAGER, "hr", Role.HR, "admin", Role.ADMIN);

    OidcProperties {
        issuerUri = blankToNull(issuerUri);
        clientId = StringUtils.hasText(clientId) ? clientId.strip() : "skills-matrix-web";
        clientSecret = blankToNull(clientSecret);
        apiAudience = StringUtils.hasText(apiAudience) ? apiAudience.strip() : "skills-matrix-api";
        clientRolesClientId = blankToNull(clientRolesClientId);
        roleMapping = roleMapping == null || roleMapping.isEmpty() ? DEFAULT_ROLE_MAPPING : Map.copyOf(roleMapping);
        unknownUsers = unknownUsers == null ? UnknownUsers.CREATE : unknownUsers;
        clockSkew = clockSkew == null ? DEFAULT_CLOCK_SKEW : clockSkew;
        signInCache = signInCache == null ? Duration.ofSeconds(10) : signInCache;
        if (issuerUri != null && !issuerUri.startsWith("https://") && !issuerUri.startsWith("http://")) {
            throw new IllegalArgumentException(ISSUER_URI + " must be an http(s) URL, not '" + issuerUri + "'");
        }
    }

    boolean configured() {
        return issuerUri != null;
    }

    /** The issuer, where one is configured. */
    String issuer() {
        if (issuerUri == null) {
            throw new IllegalStateException("No identity provider is configured (" + ISSUER_URI + ")");
        }
        return issuerUri;
    }

    private static @Nullable String blankToNull(@Nullable String value) {
        return StringUtils.hasText(value) ? value.strip() : null;
    }
}
