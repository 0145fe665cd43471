package org.skillsmatrix.ui.login;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.github.mvysny.kaributesting.v10.Routes;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.QueryParameters;
import java.util.Arrays;
import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.skillsmatrix.domain.people.SignInRefused;

class SignedOutAndNoAccessViewsTest {

    @BeforeEach
    void setUp() {
        MockVaadin.setup(new Routes().autoDiscoverViews("org.skillsmatrix.ui.login"));
    }

    @AfterEach
    void tearDown() {
        MockVaadin.tearDown();
    }

    @Test
    void theSignedOutPageSaysSoAndOffersToSignInAgainWithAFullPageLoad() {
        UI.getCurrent().navigate("signed-out");

        assertThat(_get(H1.class, spec -> spec.withId("signed-out")).getText()).isEqualTo("You are signed out");
        var signIn = _get(Anchor.class, spec -> spec.withId("sign-in-again"));
        assertThat(signIn.getText()).isEqualTo("Sign in again");
        assertThat(signIn.getHref()).isEqualTo(".");
        assertThat(signIn.isRouterIgnore()).isTrue();
    }

    @Test
    void theNoAccessPageSaysWhyAndOffersAnotherAccount() {
        UI.getCurrent().navigate("no-access", QueryParameters.of("reason", "no-roles"));

        assertThat(_get(H1.class, spec -> spec.withId("no-access")).getText())
                .isEqualTo("You have no access to Skills Matrix");
        assertThat(_get(Paragraph.class, spec -> spec.withId("no-access-reason"))
                        .getText())
                .startsWith("Your account holds none of the roles of Skills Matrix.");
        assertThat(_get(Anchor.class, spec -> spec.withText("Sign in with another account"))
                        .getHref())
                .isEqualTo("oauth2/authorization/keycloak?switch-account");
    }

    @Test
    void anUnreachableIdentityProviderReadsAsSignInUnavailableWithATryAgainAndNoOtherAccount() {
        UI.getCurrent().navigate("no-access", QueryParameters.of("reason", "unavailable"));

        assertThat(_get(H1.class, spec -> spec.withId("no-access")).getText())
                .isEqualTo("Sign-in is unavailable right now");
        assertThat(_get(Paragraph.class, spec -> spec.withId("no-access-reason"))
                        .getText())
                .isEqualTo("The sign-in service cannot be reached at the moment. Try again in a moment.");
        var tryAgain = _get(Anchor.class, spec -> spec.withText("Try again"));
        assertThat(tryAgain.getHref()).isEqualTo(".");
        assertThat(tryAgain.isRouterIgnore()).isTrue();
        assertThat(_find(Anchor.class, spec -> spec.withText("Sign in with another account")))
                .isEmpty();
    }

    @Test
    void everyRefusalOfTheDomainHasATextOfItsOwn() {
        var keys = Arrays.stream(SignInRefused.Reason.values())
                .map(reason -> reason.name().toLowerCase(Locale.ROOT).replace('_', '-'))
                .map(NoAccessView::reasonKey)
                .toList();

        assertThat(keys).doesNotHaveDuplicates().doesNotContain("no-access.failed");
    }

    @Test
    void anyOtherReasonReadsAsAFailedSignIn() {
        UI.getCurrent().navigate("no-access", QueryParameters.of("reason", "<script>"));

        assertThat(_get(Paragraph.class, spec -> spec.withId("no-access-reason"))
                        .getText())
                .isEqualTo("Signing in did not work. Try again.");
        assertThat(NoAccessView.reasonKey("")).isEqualTo("no-access.failed");
    }
}
