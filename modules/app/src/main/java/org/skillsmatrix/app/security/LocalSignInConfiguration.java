package org.skillsmatrix.app.security;

import static com.vaadin.flow.spring.security.VaadinSecurityConfigurer.vaadin;

import com.vaadin.flow.spring.security.RequestUtil;
import java.time.Clock;
import java.time.Duration;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import org.skillsmatrix.app.demo.DemoDataProperties;
import org.skillsmatrix.app.demo.DemoDataWanted;
import org.skillsmatrix.demo.DemoOrganisationGenerator;
import org.skillsmatrix.domain.people.People;
import org.skillsmatrix.ui.login.DemoAccount;
import org.skillsmatrix.ui.login.DemoAccounts;
import org.skillsmatrix.ui.login.LoginView;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.core.env.Environment;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.config.ObjectPostProcessor;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.security.web.access.AccessDeniedHandlerImpl;
import org.springframework.security.web.access.DelegatingAccessDeniedHandler;
import org.springframework.security.web.authentication.UsernamePasswordAuthenticationFilter;
import org.springframework.security.web.csrf.CsrfException;

/**
 * Signing in while no identity provider is configured: the local demo accounts, with Vaadin's form login for
 * the web UI (CSRF on, the sign-in included; views guarded by their annotations) and HTTP Basic for the API.
 */
@Configuration(proxyBeanMethods = false)
@Conditional(IdentityProviderConfigured.Not.class)
class LocalSignInConfiguration {

    /** How long an API client's demo account is kept signed in before it is read again. */
    static final Duration SIGN_IN_KEPT = Duration.ofSeconds(10);

    @Bean
    @Order(1)
    SecurityFilterChain apiSecurityFilterChain(HttpSecurity http, SignInMode mode) throws Exception {
        var problems = ProblemResponses.basic("Skills Matrix");
        SecurityConfiguration.api(http, problems);
        http.httpBasic(basic -> basic.authenticationEntryPoint(problems));
        return http.build();
    }

    @Bean
    SecurityFilterChain webSecurityFilterChain(
            HttpSecurity http, SessionProperties session, SignInMode mode, RequestUtil vaadinRequests)
            throws Exception {
        SecurityConfiguration.pages(http, session);
        // Vaadin's configurer would exempt the sign-in page's URL from CSRF, and the form posts there: any page could
        // then sign a visitor in as an account of its choosing. So only Vaadin's own requests are exempt (they carry
        // Vaadin's security key); the LoginForm posts the token it finds in the page's _csrf meta tags.
        http.csrf(csrf -> csrf.ignoringRequestMatchers(vaadinRequests::isFrameworkInternalRequest));
        // a post without the token of the visitor's session (a foreign page's, or a sign-in page older than the
        // session) changes nothing and goes back to the sign-in page, which says it had expired
        var denied = new LinkedHashMap<Class<? extends AccessDeniedException>, AccessDeniedHandler>();
        denied.put(
                CsrfException.class,
                (request, response, exception) ->
                        response.sendRedirect(request.getContextPath() + "/login?" + LoginView.EXPIRED));
        http.exceptionHandling(exceptions -> exceptions.accessDeniedHandler(
                new DelegatingAccessDeniedHandler(denied, new AccessDeniedHandlerImpl())));
        // the login page is named here as well as by Vaadin's loginView below: configured first without one, form
        // login would have Spring Security generate its own page in place of the LoginView
        http.formLogin(form -> form.loginPage("/login")
                .withObjectPostProcessor(new ObjectPostProcessor<UsernamePasswordAuthenticationFilter>() {
                    @Override
                    public <O extends UsernamePasswordAuthenticationFilter> O postProcess(O filter) {
                        filter.setAuthenticationFailureHandler(new LocalSignInFailures());
                        return filter;
                    }
                }));
        return http.with(
                        vaadin(),
                        vaadin -> vaadin.loginView(LoginView.class, SecurityConfiguration.SIGNED_OUT)
                                .enableCsrfConfiguration(false))
                .build();
    }

    @Bean
    PasswordEncoder passwordEncoder() {
        return new PublicPasswordEncoder();
    }

    @Bean
    RecentSignIns<String, LocalAccount> recentLocalSignIns(Clock clock) {
        return new RecentSignIns<>(SIGN_IN_KEPT, clock);
    }

    @Bean
    LocalAccounts localAccounts(
            People people,
            LocalAccountsProperties properties,
            DemoDataProperties demoData,
            Environment environment,
            PasswordEncoder encoder,
            RecentSignIns<String, LocalAccount> recent) {
        var managers = properties.managers() != null
                ? properties.managers()
                : DemoDataWanted.wanted(environment)
                        ? DemoOrganisationGenerator.managerEmails(demoData.settings())
                        : List.<String>of();
        return new LocalAccounts(people, managers, properties, encoder, recent);
    }

    @Bean
    DemoAccounts demoAccounts(LocalAccountsProperties properties) {
        var accounts = properties.aliases().entrySet().stream()
                .map(alias -> new DemoAccount(alias.getKey(), alias.getValue()))
                .sorted(Comparator.comparing(DemoAccount::username))
                .toList();
        return () -> Boolean.FALSE.equals(properties.enabled()) ? List.of() : accounts;
    }
}
