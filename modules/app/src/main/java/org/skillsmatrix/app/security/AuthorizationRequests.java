package org.skillsmatrix.app.security;

import jakarta.servlet.http.HttpServletRequest;
import org.jspecify.annotations.Nullable;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.oauth2.client.web.DefaultOAuth2AuthorizationRequestResolver;
import org.springframework.security.oauth2.client.web.OAuth2AuthorizationRequestCustomizers;
import org.springframework.security.oauth2.client.web.OAuth2AuthorizationRequestResolver;
import org.springframework.security.oauth2.core.endpoint.OAuth2AuthorizationRequest;

/**
 * The redirects to the identity provider's sign-in page: authorization code with PKCE (S256) even though the
 * client is confidential, so that an intercepted code is worth nothing; and, with {@code ?switch-account},
 * {@code prompt=login}, so that someone refused with one account can sign in with another.
 */
final class AuthorizationRequests implements OAuth2AuthorizationRequestResolver {

    /** Where the sign-in redirects start: {@code /oauth2/authorization/{registrationId}}. */
    static final String BASE_URI = "/oauth2/authorization";

    /** The sign-in page of the identity provider, as the web UI links to it. */
    static final String SIGN_IN = BASE_URI + "/" + OidcProperties.REGISTRATION_ID;

    static final String SWITCH_ACCOUNT = "switch-account";

    private final DefaultOAuth2AuthorizationRequestResolver resolver;

    AuthorizationRequests(ClientRegistrationRepository registrations) {
        resolver = new DefaultOAuth2AuthorizationRequestResolver(registrations, BASE_URI);
        resolver.setAuthorizationRequestCustomizer(OAuth2AuthorizationRequestCustomizers.withPkce());
    }

    @Override
    public @Nullable OAuth2AuthorizationRequest resolve(HttpServletRequest request) {
        return switchingAccount(request, resolver.resolve(request));
    }

    @Override
    public @Nullable OAuth2AuthorizationRequest resolve(HttpServletRequest request, String registrationId) {
        return switchingAccount(request, resolver.resolve(request, registrationId));
    }

    private static @Nullable OAuth2AuthorizationRequest switchingAccount(
            HttpServletRequest request, @Nullable OAuth2AuthorizationRequest authorization) {
        if (authorization == null || request.getParameter(SWITCH_ACCOUNT) == null) {
            return authorization;
        }
        return OAuth2AuthorizationRequest.from(authorization)
                .additionalParameters(parameters -> parameters.put("prompt", "login"))
                .build();
    }
}
