package org.skillsmatrix.app.security;

import java.time.Clock;
import org.apache.catalina.Valve;
import org.apache.catalina.core.StandardHost;
import org.apache.catalina.valves.ErrorReportValve;
import org.skillsmatrix.api.base.Caller;
import org.skillsmatrix.domain.base.PersonId;
import org.skillsmatrix.domain.people.People;
import org.skillsmatrix.domain.people.Person;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.security.autoconfigure.actuate.web.servlet.EndpointRequest;
import org.springframework.boot.tomcat.servlet.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.config.observation.SecurityObservationSettings;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.security.web.context.SecurityContextHolderFilter;
import org.springframework.security.web.firewall.RequestRejectedHandler;

/**
 * What both ways of signing in share: the settings check, the signed-in user for the views and the API, and
 * the pieces of the two filter chains that do not depend on how people sign in. Deny by default: the API
 * answers signed-in callers with a role only, the web UI serves the views their annotations allow (Vaadin's
 * configurer denies anything else), and only the health, info and metrics endpoints and the API's OpenAPI document
 * and Swagger UI are public.
 */
@Configuration(proxyBeanMethods = false)
class SecurityConfiguration {

    /** Paths of the API's filter chain. */
    static final String API = "/api/**";

    /** The API's OpenAPI document and Swagger UI: public, like any published API description. */
    static final String[] API_DOCUMENTS = {"/v3/api-docs", "/v3/api-docs/**", "/swagger-ui.html", "/swagger-ui/**"};

    /** The page icon, a static resource of the UI module (AppShell links it). */
    static final String PAGE_ICON = "/icons/icon.svg";

    /** The public page that says someone signed out, and where both kinds of sign-out land. */
    static final String SIGNED_OUT = "/signed-out";

    @Bean
    SignInMode signInMode(OidcProperties oidc, LocalAccountsProperties localAccounts) {
        return SignInMode.of(oidc, localAccounts);
    }

    @Bean
    SecurityCurrentUser currentUser(ObjectProvider<SecurityContextHolderStrategy> security) {
        return new SecurityCurrentUser(security.getIfAvailable(SecurityContextHolder::getContextHolderStrategy));
    }

    @Bean
    Caller caller(People people, SecurityCurrentUser currentUser, RecentSignIns<PersonId, Person> demoCallers) {
        return new SecurityCaller(people, currentUser, demoCallers);
    }

    /** The people of the demo accounts that API calls signed in lately; unused with an identity provider. */
    @Bean
    RecentSignIns<PersonId, Person> recentDemoCallers(Clock clock) {
        return new RecentSignIns<>(LocalSignInConfiguration.SIGN_IN_KEPT, clock);
    }

    /**
     * Sign-ins and access decisions are observed (metrics), but not each filter of every request's security chain:
     * that wrapping took most of a bearer-token call's time beside the token's own check.
     */
    @Bean
    SecurityObservationSettings securityObservations() {
        return SecurityObservationSettings.withDefaults()
                .shouldObserveRequests(false)
                .build();
    }

    @Bean
    RequestRejectedHandler requestRejectedHandler() {
        return new RejectedRequests();
    }

    /**
     * The web server's own refusals as problem details under {@code /api}: replaces the error report valve Spring
     * Boot puts on the host, whose customizer runs before this one.
     */
    @Bean
    WebServerFactoryCustomizer<TomcatServletWebServerFactory> serverRefusals() {
        return factory -> factory.addContextCustomizers(context -> {
            var host = (StandardHost) context.getParent();
            for (Valve valve : host.getPipeline().getValves()) {
                if (valve instanceof ErrorReportValve) {
                    host.getPipeline().removeValve(valve);
                }
            }
            host.setErrorReportValveClass(ServerRefusals.class.getName());
            host.getPipeline().addValve(new ServerRefusals());
        });
    }

    /**
     * The API: stateless (no session, no cookies, so no CSRF), problem details for 401 and 403, and for 503 when the
     * database is out of reach while the caller is signed in.
     */
    static void api(HttpSecurity http, ProblemResponses problems, String... morePaths) {
        var paths = new String[morePaths.length + 1];
        paths[0] = API;
        System.arraycopy(morePaths, 0, paths, 1, morePaths.length);
        http.securityMatcher(paths)
                .authorizeHttpRequests(requests -> requests.anyRequest().hasAnyRole(SignedInUser.anyRole()))
                .sessionManagement(sessions -> sessions.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .csrf(csrf -> csrf.disable())
                .requestCache(cache -> cache.disable())
                .exceptionHandling(exceptions ->
                        exceptions.authenticationEntryPoint(problems).accessDeniedHandler(problems))
                .addFilterBefore(new UnavailableAnswers(), SecurityContextHolderFilter.class);
        SecurityHeaders.forApi(http);
    }

    /**
     * The web UI: public health and metrics, the page icon (the sign-in page shows it too), the security headers,
     * the absolute session timeout.
     */
    static void pages(HttpSecurity http, SessionProperties session) {
        http.authorizeHttpRequests(
                requests -> requests.requestMatchers(EndpointRequest.to("health", "info", "prometheus"))
                        .permitAll()
                        .requestMatchers(API_DOCUMENTS)
                        .permitAll()
                        .requestMatchers(PAGE_ICON)
                        .permitAll());
        http.addFilterBefore(
                new AbsoluteSessionTimeout(session.absoluteTimeout(), Clock.systemUTC()),
                SecurityContextHolderFilter.class);
        SecurityHeaders.forPages(http);
    }
}
