package org.skillsmatrix.ui.login;

import static com.github.mvysny.kaributesting.v10.LocatorJ._assertNone;
import static com.github.mvysny.kaributesting.v10.LocatorJ._assertOne;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.login.LoginForm;
import com.vaadin.flow.spring.security.AuthenticationContext;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.skillsmatrix.ui.base.DemoModeBadge;
import org.springframework.beans.factory.support.StaticListableBeanFactory;

class LoginViewTest {

    @BeforeEach
    void setUp() {
        MockVaadin.setup();
    }

    @AfterEach
    void tearDown() {
        MockVaadin.tearDown();
    }

    @Test
    void postsToSpringSecuritysFormLogin() {
        open(null);

        var form = _get(LoginForm.class);
        assertThat(form.getAction()).isEqualTo("login");
        assertThat(form.isError()).isFalse();
    }

    @Test
    void saysWhenTheUsernameOrPasswordWasWrong() {
        open(null).showOutcome(Set.of("error"));

        var form = _get(LoginForm.class);
        assertThat(form.isError()).isTrue();
        assertThat(texts(form)).contains("Incorrect username or password");
    }

    @Test
    void saysWhenTheDatabaseWasOutOfReachRatherThanBlameThePassword() {
        open(null).showOutcome(Set.of(LoginView.UNAVAILABLE));

        var form = _get(LoginForm.class);
        assertThat(form.isError()).isTrue();
        assertThat(texts(form))
                .contains("Sign-in is unavailable right now")
                .contains("The database cannot be reached at the moment")
                .doesNotContain("Incorrect username or password");
    }

    @Test
    void saysWhenTheSignInPageHadExpiredRatherThanBlameThePassword() {
        open(null).showOutcome(Set.of(LoginView.EXPIRED));

        var form = _get(LoginForm.class);
        assertThat(form.isError()).isTrue();
        assertThat(texts(form))
                .contains("This sign-in page had expired")
                .doesNotContain("Incorrect username or password");
    }

    @Test
    void listsTheDemoAccountsAndTheirPassword() {
        open(() -> List.of(
                new DemoAccount("employee", "an engineer on Payments"),
                new DemoAccount("manager", "manages Payments")));

        _assertOne(DemoModeBadge.class);
        var hint = _get(Div.class, spec -> spec.withId("demo-accounts"));
        assertThat(hint.getElement().getTextRecursively())
                .contains("“demo”")
                .contains("employee — an engineer on Payments")
                .contains("manager — manages Payments");
    }

    @Test
    void showsNoHintWithoutDemoAccounts() {
        open(List::of);

        _assertNone(DemoModeBadge.class);
        _assertNone(Div.class, spec -> spec.withId("demo-accounts"));
    }

    @Test
    void showsNoHintWhereTheApplicationProvidesNoDemoAccounts() {
        open(null);

        _assertNone(DemoModeBadge.class);
        _assertNone(Div.class, spec -> spec.withId("demo-accounts"));
    }

    /** The texts the form shows, as sent to the browser. */
    private static String texts(LoginForm form) {
        return String.valueOf(form.getElement().getPropertyRaw("i18n"));
    }

    private static LoginView open(DemoAccounts accounts) {
        var beans = new StaticListableBeanFactory();
        if (accounts != null) {
            beans.addBean("demoAccounts", accounts);
        }
        var view = new LoginView(new AuthenticationContext(), beans.getBeanProvider(DemoAccounts.class));
        UI.getCurrent().add(view);
        return view;
    }
}
