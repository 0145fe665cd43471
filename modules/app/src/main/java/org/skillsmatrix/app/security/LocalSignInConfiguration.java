package org.skillsmatrix.app.security;

import static com.vaadin.flow.spring.security.VaadinSecurityConfigurer.vaadin;

import java.util.Comparator;
import java.util.List;
import org.skillsmatrix.app.demo.DemoDataProperties;
import org.skillsmatrix.app.demo.DemoDataWanted;
import org.skillsmatrix.domain.demo.DemoOrganisationGenerator;
import org.skillsmatrix.domain.people.People;
import org.skillsmatrix.ui.login.DemoAccount;
import org.skillsmatrix.ui.login.DemoAccounts;
import org.skillsmatrix.ui.login.LoginView;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.core.env.Environment;
import org.springframework.security.config.ObjectPostProcessor;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.UsernamePasswordAuthenticationFilter;

/**
 * Signing in while no identity provider is configured: the local demo accounts, with Vaadin's form login for
 * the web UI (CSRF on, views guarded by their annotations) and HTTP Basic for the API.
 */
@Configuration(proxyBeanMethods = false)
@Conditional(IdentityProviderConfigured.Not.class)
class LocalSignInConfiguration {

    @Bean
    @Order(1)
    SecurityFilterChain apiSecurityFilterChain(HttpSecurity http, SignInMode mode) throws Exception {
        var problems = ProblemResponses.basic("Skills Matrix");
        SecurityConfiguration.api(http, problems);
        http.httpBasic(basic -> basic.authenticationEntryPoint(problems));
        return http.build();
    }

    @Bean
    SecurityFilterChain webSecurityFilterChain(HttpSecurity http, SessionProperties session, SignInMode mode)
            throws Exception {
        SecurityConfiguration.pages(http, session);
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
        return http.with(vaadin(), vaadin -> vaadin.loginView(LoginView.class, SecurityConfiguration.SIGNED_OUT))
                .build();
    }

    @Bean
    PasswordEncoder passwordEncoder() {
        return PasswordEncoderFactories.createDelegatingPasswordEncoder();
    }

    @Bean
    LocalAccounts localAccounts(
            People people,
            LocalAccountsProperties properties,
            DemoDataProperties demoData,
            Environment environment,
            PasswordEncoder encoder) {
        var managers = properties.managers() != null
                ? properties.managers()
                : DemoDataWanted.wanted(environment)
                        ? DemoOrganisationGenerator.managerEmails(demoData.settings())
                        : List.<String>of();
        return new LocalAccounts(people, managers, properties, encoder);
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
