package org.skillsmatrix.app.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.skillsmatrix.domain.access.Role;
import org.skillsmatrix.domain.demo.DemoPeople;
import org.skillsmatrix.domain.people.People;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.crypto.password.PasswordEncoder;

/** The local demo accounts of the README sign in with the demo password and get the roles it lists. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class LocalAccountsIT {

    @Autowired
    LocalAccounts accounts;

    @Autowired
    PasswordEncoder encoder;

    @Autowired
    People people;

    @Test
    void each_demo_account_signs_in_with_the_roles_the_readme_lists() {
        assertThat(signIn("employee", "demo").roles()).containsExactlyInAnyOrder(Role.EMPLOYEE);
        assertThat(signIn("manager", "demo").roles()).containsExactlyInAnyOrder(Role.EMPLOYEE, Role.MANAGER);
        assertThat(signIn("hr", "demo").roles()).containsExactlyInAnyOrder(Role.EMPLOYEE, Role.HR);
        assertThat(signIn("admin", "demo").roles()).containsExactlyInAnyOrder(Role.EMPLOYEE, Role.ADMIN);
    }

    @Test
    void an_alias_and_the_e_mail_sign_in_as_the_same_person() {
        var byAlias = signIn("employee", "demo");
        var byEmail = signIn(DemoPeople.EMPLOYEE.toUpperCase(), "demo");

        assertThat(byEmail.person()).isEqualTo(byAlias.person());
        assertThat(byAlias.person())
                .isEqualTo(people.byEmail(DemoPeople.EMPLOYEE).orElseThrow().id());
        assertThat(byAlias.displayName()).isEqualTo("Noah Fischer");
    }

    @Test
    void a_wrong_password_or_an_unknown_user_is_refused() {
        assertThatThrownBy(() -> signIn("employee", "wrong")).isInstanceOf(BadCredentialsException.class);
        assertThatThrownBy(() -> signIn("nobody@example.com", "demo")).isInstanceOf(BadCredentialsException.class);
    }

    private LocalAccount signIn(String username, String password) {
        var provider = new DaoAuthenticationProvider(accounts);
        provider.setPasswordEncoder(encoder);
        var authentication = new ProviderManager(provider)
                .authenticate(UsernamePasswordAuthenticationToken.unauthenticated(username, password));
        return (LocalAccount) authentication.getPrincipal();
    }
}
