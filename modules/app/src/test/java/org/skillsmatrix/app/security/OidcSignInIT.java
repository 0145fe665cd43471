package org.skillsmatrix.app.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpRequest;
import org.junit.jupiter.api.Test;
import org.skillsmatrix.app.keycloak.KeycloakServer;
import org.skillsmatrix.demo.DemoPeople;

/**
 * The web UI signing in through the real Keycloak, request by request as a browser makes them: the
 * authorization code flow with PKCE, the person linked on the first sign-in, a refused account sent to the page
 * that says why and signed in nowhere (also one whose e-mail is a person's another account signs in as), the name HR
 * gave kept, and the security headers of the pages.
 */
class OidcSignInIT extends AgainstKeycloak {

    @Test
    void an_anonymous_visitor_is_sent_to_keycloak_with_a_pkce_challenge() {
        var authorization = WebSignIn.authorizationRequest(browser(), app(), "/");

        assertThat(authorization.toString()).startsWith(keycloak().authorizationEndpoint() + "?");
        assertThat(WebSignIn.query(authorization))
                .containsEntry("response_type", "code")
                .containsEntry("client_id", KeycloakServer.WEB_CLIENT_ID)
                .containsEntry("redirect_uri", app() + "/login/oauth2/code/keycloak")
                .containsEntry("scope", "openid profile email")
                .containsEntry("code_challenge_method", "S256")
                .containsKeys("state", "nonce", "code_challenge")
                .doesNotContainKey("prompt");
    }

    @Test
    void the_sign_in_page_of_the_local_accounts_leads_to_keycloak() {
        var login = get(browser(), app() + "/login");

        assertThat(login.statusCode()).isEqualTo(302);
        assertThat(location(login).getPath()).isEqualTo("/oauth2/authorization/keycloak");
    }

    @Test
    void signing_in_with_another_account_asks_keycloak_for_the_account_again() {
        var browser = browser();
        var redirect = get(browser, app() + "/oauth2/authorization/keycloak?switch-account");

        assertThat(WebSignIn.query(location(redirect))).containsEntry("prompt", "login");
    }

    @Test
    void the_first_sign_in_links_the_demo_person_by_email_and_opens_the_app() {
        unlink(DemoPeople.HR);
        var browser = browser();

        var callback = WebSignIn.signIn(browser, app(), "hr");

        assertThat(callback.statusCode()).isEqualTo(302);
        assertThat(location(callback).getPath()).isEqualTo("/");
        assertThat(subjectOf(DemoPeople.HR)).isNotBlank();
        var home = get(browser, app() + "/");
        assertThat(home.statusCode()).isEqualTo(200);
        assertThat(home.body()).containsIgnoringCase("<html");
        SecurityHeadersAssert.assertPageHeaders(home);
    }

    @Test
    void an_account_with_the_email_of_a_person_another_account_signs_in_as_is_refused_and_audited() {
        unlink(DemoPeople.HR);
        changePeople("update person set subject = 'account-of-another-realm' where email = ?", DemoPeople.HR);
        var hannah = person(DemoPeople.HR);
        try {
            var browser = browser();

            var callback = WebSignIn.signIn(browser, app(), "hr");

            assertThat(location(callback).getPath()).isEqualTo("/no-access");
            assertThat(WebSignIn.query(location(callback))).containsEntry("reason", "linked-to-another-account");
            assertThat(get(browser, app() + "/").statusCode())
                    .as("still signed out")
                    .isEqualTo(302);
            assertThat(person(DemoPeople.HR)).isEqualTo(hannah);
            assertThat(jdbc.queryForObject(
                            "select count(*) from audit_entry where action = 'person.link-refused' and subject = ?",
                            Long.class,
                            hannah.id().toString()))
                    .isPositive();
        } finally {
            unlink(DemoPeople.HR);
        }
    }

    @Test
    void signing_in_keeps_the_name_hr_gave_the_person() {
        unlink(DemoPeople.HR);
        changePeople("update person set name = 'Hannah Ruiz-Okafor' where email = ?", DemoPeople.HR);
        try {
            WebSignIn.signIn(browser(), app(), "hr");
            WebSignIn.signIn(browser(), app(), "hr");

            assertThat(subjectOf(DemoPeople.HR)).isNotBlank();
            assertThat(person(DemoPeople.HR).name()).isEqualTo("Hannah Ruiz-Okafor");
        } finally {
            changePeople("update person set name = 'Hannah Ruiz' where email = ?", DemoPeople.HR);
        }
    }

    @Test
    void an_account_without_roles_lands_on_the_page_that_says_so_signed_in_nowhere() {
        long before = people.count();
        var browser = browser();

        var callback = WebSignIn.signIn(browser, app(), "noroles");

        assertThat(callback.statusCode()).isEqualTo(302);
        assertThat(location(callback).getPath()).isEqualTo("/no-access");
        assertThat(WebSignIn.query(location(callback))).containsEntry("reason", "no-roles");
        assertThat(get(browser, app() + "/no-access?reason=no-roles").statusCode())
                .isEqualTo(200);
        assertThat(get(browser, app() + "/").statusCode())
                .as("still signed out")
                .isEqualTo(302);
        assertThat(people.count()).isEqualTo(before);
        assertThat(people.byEmail("otto.roleless@example.com")).isEmpty();
    }

    @Test
    void a_callback_that_is_not_the_answer_to_a_sign_in_of_this_browser_fails_without_a_loop() {
        var browser = browser();
        WebSignIn.authorizationRequest(browser, app(), "/");

        var forged = get(browser, app() + "/login/oauth2/code/keycloak?code=forged&state=forged");

        assertThat(forged.statusCode()).isEqualTo(302);
        assertThat(location(forged).getPath()).isEqualTo("/no-access");
        assertThat(WebSignIn.query(location(forged))).containsEntry("reason", "failed");
    }

    @Test
    void pages_get_hsts_only_when_the_request_was_secure() {
        var plain = get(browser(), app() + "/signed-out");
        var secure = send(
                browser(),
                HttpRequest.newBuilder(URI.create(app() + "/signed-out"))
                        .header("X-Forwarded-Proto", "https")
                        .build());

        SecurityHeadersAssert.assertPageHeaders(plain);
        assertThat(secure.headers().firstValue("Strict-Transport-Security"))
                .hasValueSatisfying(hsts -> assertThat(hsts).contains("max-age=31536000"));
    }
}
