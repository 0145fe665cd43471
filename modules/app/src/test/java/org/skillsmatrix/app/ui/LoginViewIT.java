package org.skillsmatrix.app.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._assertOne;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.login.LoginForm;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.server.VaadinServletContext;
import com.vaadin.flow.server.startup.ApplicationRouteRegistry;
import jakarta.servlet.ServletContext;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.skillsmatrix.ui.base.DemoModeBadge;
import org.skillsmatrix.ui.login.LoginView;
import org.skillsmatrix.ui.myskills.MySkillsView;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;

/** Signing in: anonymous visitors land on the sign-in page, which lists the demo accounts while they are on. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class LoginViewIT {

    @Autowired
    ApplicationContext context;

    @Autowired
    ServletContext servletContext;

    @BeforeEach
    void openUi() {
        BrowserlessUi.open(context);
    }

    @AfterEach
    void closeUi() {
        BrowserlessUi.close();
    }

    @Test
    void the_application_serves_the_views_of_the_ui_module() {
        var routes = ApplicationRouteRegistry.getInstance(new VaadinServletContext(servletContext));

        assertThat(routes.getNavigationTarget("")).contains(MySkillsView.class);
        assertThat(routes.getNavigationTarget("login")).contains(LoginView.class);
    }

    @Test
    void an_anonymous_visitor_is_sent_to_the_sign_in_page() {
        UI.getCurrent().navigate(MySkillsView.class);

        _assertOne(LoginView.class);
        assertThat(UI.getCurrent().getActiveViewLocation().getPath()).isEqualTo("login");
        assertThat(_get(LoginForm.class).isError()).isFalse();
    }

    @Test
    void the_sign_in_page_lists_the_demo_accounts_and_marks_demo_mode() {
        UI.getCurrent().navigate(LoginView.class);

        _assertOne(DemoModeBadge.class);
        assertThat(_get(Div.class, spec -> spec.withId("demo-accounts"))
                        .getElement()
                        .getTextRecursively())
                .contains("“demo”")
                .contains("employee")
                .contains("manager");
    }

    @Test
    void a_failed_sign_in_shows_the_error() {
        UI.getCurrent().navigate("login", QueryParameters.simple(Map.of("error", "")));

        assertThat(_get(LoginForm.class).isError()).isTrue();
    }
}
