package org.skillsmatrix.app.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collection;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.skillsmatrix.demo.DemoPeople;
import org.skillsmatrix.domain.access.Role;
import org.skillsmatrix.domain.base.PersonId;
import org.skillsmatrix.domain.catalog.Catalog;
import org.skillsmatrix.domain.catalog.Skill;
import org.skillsmatrix.domain.people.People;
import org.skillsmatrix.domain.team.Team;
import org.skillsmatrix.domain.team.Teams;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * The local demo accounts of the README sign in with the demo password and get the roles it lists; the manager role
 * is the account's, as an identity provider's would be, not won by naming oneself a team's manager.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class LocalAccountsIT {

    @Autowired
    LocalAccounts accounts;

    @Autowired
    PasswordEncoder encoder;

    @Autowired
    People people;

    @Autowired
    Teams teams;

    @Autowired
    Catalog catalog;

    @LocalServerPort
    int port;

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
    void the_public_demo_password_is_checked_without_a_slow_hash() {
        // a bcrypt round per call held the whole node to a few dozen API calls per second in demo mode
        var account = signIn("employee", "demo");

        assertThat(account.getPassword()).doesNotStartWith("{").hasSize(64);
    }

    @Test
    void a_person_deactivated_on_this_node_signs_in_no_more_though_their_account_was_kept() {
        var someone = people.all().stream()
                .filter(person -> person.active() && person.email().startsWith("a"))
                .findFirst()
                .orElseThrow();
        assertThat(signIn(someone.email(), "demo").personId())
                .isEqualTo(someone.id().value());

        var deactivated = people.update(someone.withActive(false));
        try {
            assertThatThrownBy(() -> signIn(someone.email(), "demo")).isInstanceOf(BadCredentialsException.class);
        } finally {
            people.update(deactivated.withActive(true));
        }
        assertThat(signIn(someone.email(), "demo").personId())
                .isEqualTo(someone.id().value());
    }

    @Test
    void an_api_caller_renamed_on_this_node_is_answered_with_the_new_name_at_the_next_call() throws Exception {
        var noah = people.byEmail(DemoPeople.EMPLOYEE).orElseThrow();
        assertThat(call("employee", "GET", "/api/v1/me", "").body()).contains("Noah Fischer");

        var renamed = people.update(noah.with("Noah Renamed", noah.email(), noah.roleProfile()));
        try {
            assertThat(call("employee", "GET", "/api/v1/me", "").body()).contains("Noah Renamed");
        } finally {
            people.update(renamed.with(noah.name(), noah.email(), noah.roleProfile()));
        }
        assertThat(call("employee", "GET", "/api/v1/me", "").body()).contains("Noah Fischer");
    }

    @Test
    void a_wrong_password_or_an_unknown_user_is_refused() {
        assertThatThrownBy(() -> signIn("employee", "wrong")).isInstanceOf(BadCredentialsException.class);
        assertThatThrownBy(() -> signIn("nobody@example.com", "demo")).isInstanceOf(BadCredentialsException.class);
    }

    @Test
    void every_manager_of_the_demo_organisation_and_no_one_else_holds_the_manager_role() {
        var managers = teams.all().stream()
                .flatMap(team -> team.managers().stream())
                .map(id -> people.byId(id).orElseThrow().email())
                .collect(Collectors.toSet());

        assertThat(managers).hasSizeGreaterThan(1);
        for (var manager : managers) {
            assertThat(signIn(manager, "demo").roles()).as(manager).contains(Role.MANAGER);
        }
        var someoneElse = people.all().stream()
                .filter(person -> !managers.contains(person.email()))
                .findFirst()
                .orElseThrow();
        assertThat(signIn(someoneElse.email(), "demo").roles()).doesNotContain(Role.MANAGER);
    }

    @Test
    void naming_oneself_a_teams_manager_gives_no_manager_role() throws Exception {
        var payments = payments();
        var noah = people.byEmail(DemoPeople.EMPLOYEE).orElseThrow().id().value();
        var hannah = people.byEmail(DemoPeople.HR).orElseThrow().id().value();
        var managers = new ArrayList<>(
                payments.managers().stream().map(id -> id.value().toString()).toList());
        managers.add(hannah.toString());
        var path = "/api/v1/teams/" + payments.id();
        var before = payments.version();

        var named = call("hr", "PUT", path, """
                {"name": "Payments", "members": %s, "managers": %s, "version": %d}""".formatted(ids(payments.members()), json(managers), before));
        try {
            var rated = call(
                    "hr", "POST", "/api/v1/people/" + noah + "/assessments", """
                    {"skill": "%s", "level": 4, "evidence": "Rated by myself as manager"}""".formatted(catalog.skills().stream()
                            .filter(Skill::active)
                            .findFirst()
                            .orElseThrow()
                            .id()));

            assertThat(named.statusCode()).as(named.body()).isEqualTo(200);
            assertThat(signIn("hr", "demo").roles()).doesNotContain(Role.MANAGER);
            assertThat(rated.statusCode()).as(rated.body()).isEqualTo(403);
        } finally {
            var now = payments().version();
            call("hr", "PUT", path, """
                    {"name": "Payments", "members": %s, "managers": %s, "version": %d}""".formatted(ids(payments.members()), ids(payments.managers()), now));
            assertThat(payments().managers()).isEqualTo(payments.managers());
        }
    }

    private Team payments() {
        return teams.all().stream()
                .filter(team -> team.name().equals("Payments"))
                .findFirst()
                .orElseThrow();
    }

    private HttpResponse<String> call(String user, String method, String path, String body) throws Exception {
        var request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .header(
                        "Authorization",
                        "Basic "
                                + Base64.getEncoder().encodeToString((user + ":demo").getBytes(StandardCharsets.UTF_8)))
                .header("Content-Type", "application/json")
                .method(method, HttpRequest.BodyPublishers.ofString(body));
        return HttpClient.newHttpClient().send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static String ids(Collection<PersonId> ids) {
        return json(ids.stream().map(id -> id.value().toString()).toList());
    }

    private static String json(List<String> ids) {
        return ids.stream().map(id -> "\"" + id + "\"").collect(Collectors.joining(",", "[", "]"));
    }

    private LocalAccount signIn(String username, String password) {
        var provider = new DaoAuthenticationProvider(accounts);
        provider.setPasswordEncoder(encoder);
        var authentication = new ProviderManager(provider)
                .authenticate(UsernamePasswordAuthenticationToken.unauthenticated(username, password));
        return (LocalAccount) authentication.getPrincipal();
    }
}
