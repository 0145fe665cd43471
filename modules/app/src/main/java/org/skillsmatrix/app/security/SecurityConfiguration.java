package org.skillsmatrix.app.security;

import static com.vaadin.flow.spring.security.VaadinSecurityConfigurer.vaadin;

import java.util.Comparator;
import java.util.List;
import org.skillsmatrix.domain.people.People;
import org.skillsmatrix.domain.team.Teams;
import org.skillsmatrix.ui.base.CurrentUser;
import org.skillsmatrix.ui.login.DemoAccount;
import org.skillsmatrix.ui.login.DemoAccounts;
import org.skillsmatrix.ui.login.LoginView;
import org.springframework.boot.security.autoconfigure.actuate.web.servlet.EndpointRequest;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;

/** Web security: Vaadin's defaults (CSRF on, views guarded by their annotations), form login to local accounts. */
@Configuration(proxyBeanMethods = false)
class SecurityConfiguration {

    @Bean
    SecurityFilterChain securityFilterChain(HttpSecurity http) throws Exception {
        http.authorizeHttpRequests(
                requests -> requests.requestMatchers(EndpointRequest.to("health", "info", "prometheus"))
                        .permitAll());
        return http.with(vaadin(), vaadin -> vaadin.loginView(LoginView.class)).build();
    }

    @Bean
    PasswordEncoder passwordEncoder() {
        return PasswordEncoderFactories.createDelegatingPasswordEncoder();
    }

    @Bean
    LocalAccounts localAccounts(
            People people, Teams teams, LocalAccountsProperties properties, PasswordEncoder encoder) {
        return new LocalAccounts(people, teams, properties, encoder);
    }

    @Bean
    DemoAccounts demoAccounts(LocalAccountsProperties properties) {
        var accounts = properties.aliases().entrySet().stream()
                .map(alias -> new DemoAccount(alias.getKey(), alias.getValue()))
                .sorted(Comparator.comparing(DemoAccount::username))
                .toList();
        return () -> properties.enabled() ? accounts : List.of();
    }

    @Bean
    CurrentUser currentUser(LocalAccountsProperties properties) {
        return new SecurityCurrentUser(properties.enabled());
    }
}
