package org.skillsmatrix.app.security;

import static com.vaadin.flow.spring.security.VaadinSecurityConfigurer.vaadin;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import org.skillsmatrix.domain.audit.Auditor;
import org.skillsmatrix.domain.people.Identity;
import org.skillsmatrix.domain.people.People;
import org.skillsmatrix.domain.people.SignIn;
import org.skillsmatrix.domain.people.SignOuts;
import org.skillsmatrix.domain.people.SignedIn;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.ObjectPostProcessor;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.oauth2.client.web.HttpSessionOAuth2AuthorizedClientRepository;
import org.springframework.security.oauth2.client.web.OAuth2AuthorizationRequestRedirectFilter;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtIssuerValidator;
import org.springframework.security.oauth2.jwt.JwtTimestampValidator;
import org.springframework.security.oauth2.jwt.JwtValidators;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;
import org.springframework.security.oauth2.jwt.SupplierJwtDecoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.web.servlet.config.annotation.ViewControllerRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * Signing in through the identity provider: the web UI with Spring Security's OAuth2 client (authorization
 * code with PKCE, RP-initiated logout), the API as a resource server taking the provider's access tokens.
 * Both link the account to a person through the domain's {@link SignIn}.
 */
@Configuration(proxyBeanMethods = false)
@Conditional(IdentityProviderConfigured.class)
class OidcSignInConfiguration {

    /**
     * Where the API describes itself to clients (RFC 9728: its identity provider, how it takes tokens), as the
     * {@code resource_metadata} of its 401 challenge says.
     */
    static final String PROTECTED_RESOURCE_METADATA = "/.well-known/oauth-protected-resource/**";

    /** How often a node reads the sign-outs at the provider: at most this long before a session ends on every node. */
    static final Duration SIGN_OUTS_READ_EVERY = Duration.ofSeconds(1);

    @Bean
    SignIn signIn(People people, Auditor auditor, OidcProperties properties) {
        return new SignIn(
                people,
                auditor,
                properties.unknownUsers(),
                properties.trustUnverifiedEmails(),
                properties.relinkByEmail(),
                properties.namesFromProvider());
    }

    /** The local accounts' sign-in page has nothing to offer here: {@code /login} is the provider's sign-in. */
    @Bean
    WebMvcConfigurer signInAtTheIdentityProvider() {
        return new WebMvcConfigurer() {
            @Override
            public void addViewControllers(ViewControllerRegistry registry) {
                registry.addRedirectViewController("/login", AuthorizationRequests.SIGN_IN);
            }
        };
    }

    /** The provider's state, as its own health indicator: not part of readiness (see {@link IdentityProviderHealth}). */
    @Bean
    IdentityProviderHealth identityProviderHealthIndicator(OidcProperties properties) {
        return new IdentityProviderHealth(properties.issuer());
    }

    /** This node's sessions signed in through the provider, kept by listening to the servlet container's sessions. */
    @Bean
    ProviderSessions providerSessions() {
        return new ProviderSessions();
    }

    /** Ends this node's sessions of the sign-outs at the provider that any node recorded, read every second. */
    @Bean
    SignOutsOnThisNode signOutsOnThisNode(SignOuts signOuts, ProviderSessions sessions, Clock clock) {
        return new SignOutsOnThisNode(signOuts, sessions, SIGN_OUTS_READ_EVERY, clock);
    }

    @Bean
    DiscoveredClientRegistration clientRegistration(OidcProperties properties) {
        return new DiscoveredClientRegistration(properties);
    }

    /**
     * Checks a bearer token's signature against the provider's published keys (JWKS, fetched on first use and
     * again when a token names a key id it does not know, as after a key rotation), its issuer, its expiry
     * (which it must have) and not-before, and its audience; a token that passed is taken as it is for the
     * sign-in cache's while ({@link RecentTokens}), never past its expiry.
     */
    @Bean
    JwtDecoder jwtDecoder(OidcProperties properties, Clock clock) {
        return new RecentTokens(checkedTokens(properties), properties.signInCache(), clock);
    }

    private static JwtDecoder checkedTokens(OidcProperties properties) {
        return new SupplierJwtDecoder(() -> {
            var decoder =
                    NimbusJwtDecoder.withIssuerLocation(properties.issuer()).build();
            var timestamps = new JwtTimestampValidator(properties.clockSkew());
            timestamps.setAllowEmptyExpiryClaim(false);
            decoder.setJwtValidator(JwtValidators.createDefaultWithValidators(List.of(
                    timestamps,
                    new JwtIssuerValidator(properties.issuer()),
                    new AudienceValidator(properties.apiAudience()))));
            return decoder;
        });
    }

    @Bean
    RecentSignIns<Identity, SignedIn> recentSignIns(OidcProperties properties, Clock clock) {
        return new RecentSignIns<>(properties.signInCache(), clock);
    }

    @Bean
    @Order(1)
    SecurityFilterChain apiSecurityFilterChain(
            HttpSecurity http,
            JwtDecoder decoder,
            SignIn signIn,
            RecentSignIns<Identity, SignedIn> recent,
            OidcProperties properties,
            SignInMode mode)
            throws Exception {
        var problems = ProblemResponses.bearerTokens();
        var tokens = new BearerTokenSignIn(new IdentityClaims(properties), new SignInAttempts(signIn), recent);
        SecurityConfiguration.api(http, problems, PROTECTED_RESOURCE_METADATA);
        http.oauth2ResourceServer(resourceServer -> resourceServer
                .protectedResourceMetadata(metadata -> metadata.protectedResourceMetadataCustomizer(resource ->
                        resource.resourceName("Skills Matrix API").authorizationServer(properties.issuer())))
                .jwt(jwt -> jwt.decoder(decoder).jwtAuthenticationConverter(tokens))
                .authenticationEntryPoint(problems)
                .accessDeniedHandler(problems));
        return http.build();
    }

    @Bean
    SecurityFilterChain webSecurityFilterChain(
            HttpSecurity http,
            DiscoveredClientRegistration registration,
            SignIn signIn,
            OidcProperties properties,
            SessionProperties session,
            SignOutsOnThisNode signOuts,
            Clock clock,
            SignInMode mode)
            throws Exception {
        var accounts = new OidcAccounts(new IdentityClaims(properties), new SignInAttempts(signIn));
        SecurityConfiguration.pages(http, session);
        http.with(
                vaadin(),
                vaadin -> vaadin.oauth2LoginPage(
                        AuthorizationRequests.SIGN_IN, "{baseUrl}" + SecurityConfiguration.SIGNED_OUT));
        http.oauth2Login(login -> login.loginPage(AuthorizationRequests.SIGN_IN)
                .authorizationEndpoint(authorization ->
                        authorization.authorizationRequestResolver(new AuthorizationRequests(registration)))
                .userInfoEndpoint(userInfo -> userInfo.oidcUserService(accounts))
                .authorizedClientRepository(new HttpSessionOAuth2AuthorizedClientRepository())
                .failureHandler(new SignInFailureHandler())
                .withObjectPostProcessor(new ObjectPostProcessor<OAuth2AuthorizationRequestRedirectFilter>() {
                    /** A sign-in that cannot start (the provider unreachable) says so, rather than loop. */
                    @Override
                    public <O extends OAuth2AuthorizationRequestRedirectFilter> O postProcess(O filter) {
                        filter.setAuthenticationFailureHandler(new SignInFailureHandler());
                        return filter;
                    }
                }));
        // The provider's back-channel logout, at /logout/connect/back-channel/keycloak: recorded for every node.
        http.oidcLogout(logout ->
                logout.backChannel(backChannel -> backChannel.logoutHandler(new BackChannelSignOuts(signOuts, clock))));
        return http.build();
    }
}
