package org.skillsmatrix.ui.login;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.login.LoginForm;
import com.vaadin.flow.component.login.LoginI18n;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import com.vaadin.flow.spring.security.AuthenticationContext;
import com.vaadin.flow.theme.lumo.LumoUtility;
import java.util.List;
import java.util.Set;
import org.skillsmatrix.ui.base.DemoModeBadge;
import org.springframework.beans.factory.ObjectProvider;

/**
 * The sign-in page for local accounts: posts to Spring Security's form login at {@code login}, says so when
 * that failed ({@code ?error}), could not check the password as the database is out of reach
 * ({@code ?unavailable}) or came from a sign-in page older than the visitor's session ({@code ?expired}), and lists
 * the demo accounts while they are in use.
 */
@Route(value = "login", autoLayout = false)
@AnonymousAllowed
public final class LoginView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    /** The query parameter of a sign-in that failed as the database is out of reach. */
    public static final String UNAVAILABLE = "unavailable";

    /** The query parameter of a sign-in posted from a page older than the session, so without its CSRF token. */
    public static final String EXPIRED = "expired";

    private final LoginForm form = new LoginForm();
    private final AuthenticationContext authentication;

    public LoginView(AuthenticationContext authentication, ObjectProvider<DemoAccounts> demoAccounts) {
        this.authentication = authentication;
        setSizeFull();
        setAlignItems(FlexComponent.Alignment.CENTER);
        setJustifyContentMode(FlexComponent.JustifyContentMode.CENTER);

        var accounts = demoAccounts.stream()
                .flatMap(provided -> provided.accounts().stream())
                .toList();
        if (!accounts.isEmpty()) {
            add(new DemoModeBadge());
        }
        var heading = new H1(getTranslation("app.name"));
        heading.addClassNames(LumoUtility.Margin.Bottom.NONE);
        add(heading, new Paragraph(getTranslation("login.intro")));

        form.setAction("login");
        form.setForgotPasswordButtonVisible(false);
        form.setI18n(texts(Outcome.WRONG_PASSWORD));
        add(form);
        if (!accounts.isEmpty()) {
            add(demoHint(accounts));
        }
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        if (authentication.isAuthenticated()) {
            event.forwardTo("");
            return;
        }
        showOutcome(event.getLocation().getQueryParameters().getParameters().keySet());
    }

    /** What the last sign-in came to, from the parameters Spring Security's form login redirected here with. */
    void showOutcome(Set<String> parameters) {
        var outcome = parameters.contains(UNAVAILABLE)
                ? Outcome.UNAVAILABLE
                : parameters.contains(EXPIRED) ? Outcome.EXPIRED : Outcome.WRONG_PASSWORD;
        form.setI18n(texts(outcome));
        form.setError(parameters.contains(UNAVAILABLE) || parameters.contains(EXPIRED) || parameters.contains("error"));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("login.title");
    }

    /** The form's texts, its error message the one of {@code outcome}. */
    private LoginI18n texts(Outcome outcome) {
        var texts = LoginI18n.createDefault();
        var formTexts = texts.getForm();
        formTexts.setTitle(getTranslation("login.form.title"));
        formTexts.setUsername(getTranslation("login.form.username"));
        formTexts.setPassword(getTranslation("login.form.password"));
        formTexts.setSubmit(getTranslation("login.form.submit"));
        formTexts.setForgotPassword(getTranslation("login.form.forgot-password"));
        var error = texts.getErrorMessage();
        error.setTitle(getTranslation(outcome.title));
        error.setMessage(getTranslation(outcome.message));
        error.setUsername(getTranslation("login.error.username"));
        error.setPassword(getTranslation("login.error.password"));
        texts.setAdditionalInformation(null);
        return texts;
    }

    /** Why a sign-in came back to this page, with the keys of its error message's texts. */
    private enum Outcome {
        WRONG_PASSWORD("login.error.title", "login.error.message"),
        UNAVAILABLE("login.unavailable.title", "login.unavailable.message"),
        EXPIRED("login.expired.title", "login.expired.message");

        private final String title;
        private final String message;

        Outcome(String title, String message) {
            this.title = title;
            this.message = message;
        }
    }

    private Div demoHint(List<DemoAccount> accounts) {
        var list = new UnorderedList();
        for (var account : accounts) {
            var username = new Span(account.username());
            username.addClassNames(LumoUtility.FontWeight.SEMIBOLD);
            list.add(new ListItem(username, new Span(" — " + account.description())));
        }
        var hint = new Div(new Paragraph(getTranslation("login.demo.hint")), list);
        hint.setId("demo-accounts");
        hint.setMaxWidth("40rem");
        return hint;
    }
}
