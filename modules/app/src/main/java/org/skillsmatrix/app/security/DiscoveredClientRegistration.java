package org.skillsmatrix.app.security;

import org.jspecify.annotations.Nullable;
import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.oauth2.client.registration.ClientRegistrations;
import org.springframework.security.oauth2.core.ClientAuthenticationMethod;

/**
 * The web UI's client at the identity provider, with the provider's endpoints from its OpenID Connect
 * discovery document. Discovered on first use rather than at start-up, so that the application starts while
 * the provider is still starting (as in the compose file); a failed discovery is tried again next time.
 */
final class DiscoveredClientRegistration implements ClientRegistrationRepository {

    private final OidcProperties properties;
    private volatile @Nullable ClientRegistration registration;

    DiscoveredClientRegistration(OidcProperties properties) {
        this.properties = properties;
    }

    @Override
    public @Nullable ClientRegistration findByRegistrationId(String registrationId) {
        return OidcProperties.REGISTRATION_ID.equals(registrationId) ? registration() : null;
    }

    ClientRegistration registration() {
        var known = registration;
        if (known != null) {
            return known;
        }
        synchronized (this) {
            if (registration == null) {
                registration = discover();
            }
            return registration;
        }
    }

    private ClientRegistration discover() {
        var client = ClientRegistrations.fromOidcIssuerLocation(properties.issuer())
                .registrationId(OidcProperties.REGISTRATION_ID)
                .clientId(properties.clientId())
                .scope("openid", "profile", "email")
                .redirectUri("{baseUrl}/login/oauth2/code/{registrationId}");
        var secret = properties.clientSecret();
        if (secret == null) {
            client.clientAuthenticationMethod(ClientAuthenticationMethod.NONE);
        } else {
            client.clientSecret(secret);
        }
        return client.build();
    }
}
