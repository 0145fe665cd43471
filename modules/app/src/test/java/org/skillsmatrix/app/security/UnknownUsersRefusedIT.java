package org.skillsmatrix.app.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.skillsmatrix.app.keycloak.KeycloakServer.DEMO_PASSWORD;

import java.net.URI;
import java.net.http.HttpRequest;
import org.junit.jupiter.api.Test;
import org.skillsmatrix.demo.DemoPeople;
import org.springframework.test.context.TestPropertySource;

/** With unknown users refused, only the people of the organisation sign in; nobody is added on the way. */
@TestPropertySource(properties = "skills-matrix.oidc.unknown-users=refuse")
class UnknownUsersRefusedIT extends AgainstKeycloak {

    private static final String NEWCOMER = "nina.newman@example.com";

    @Test
    void a_newcomers_token_gets_403_and_nobody_is_added() {
        long before = people.count();

        var response = me(keycloak().token("newcomer", DEMO_PASSWORD));

        assertThat(response.statusCode()).isEqualTo(403);
        assertThat(response.headers().firstValue("Content-Type")).hasValue("application/problem+json");
        assertThat(response.body()).contains("\"reason\":\"unknown-user\"").contains("ask HR to add you");
        assertThat(people.count()).isEqualTo(before);
        assertThat(people.byEmail(NEWCOMER)).isEmpty();
    }

    @Test
    void a_newcomer_signing_in_to_the_web_ui_lands_on_the_page_that_says_why() {
        var callback = WebSignIn.signIn(browser(), app(), "newcomer");

        assertThat(location(callback).getPath()).isEqualTo("/no-access");
        assertThat(WebSignIn.query(location(callback))).containsEntry("reason", "unknown-user");
        assertThat(people.byEmail(NEWCOMER)).isEmpty();
    }

    @Test
    void the_people_of_the_organisation_still_sign_in() {
        var response = me(keycloak().token("employee", DEMO_PASSWORD));

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).contains(DemoPeople.EMPLOYEE);
    }

    private java.net.http.HttpResponse<String> me(String token) {
        return send(
                browser(),
                HttpRequest.newBuilder(URI.create(app() + "/api/v1/me"))
                        .header("Authorization", "Bearer " + token)
                        .build());
    }
}
