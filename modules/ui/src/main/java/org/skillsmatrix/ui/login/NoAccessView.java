package org.skillsmatrix.ui.login;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;

/**
 * Where a sign-in through the identity provider that was refused lands, saying why ({@code ?reason=}), with
 * links to try again and to sign in with another account; or, with {@code ?reason=unavailable}, where a sign-in
 * lands that could not even start as the identity provider is out of reach, with a link to try again. Nobody is
 * signed in here.
 */
@Route(value = "no-access", autoLayout = false)
@AnonymousAllowed
public final class NoAccessView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    /** The identity provider's sign-in, asking for the account again rather than reusing its session. */
    static final String SIGN_IN_WITH_ANOTHER_ACCOUNT = "oauth2/authorization/keycloak?switch-account";

    /** The identity provider could not be reached: nothing about the account is known. */
    static final String UNAVAILABLE = "unavailable";

    private final H1 heading = new H1();
    private final Paragraph reason = new Paragraph();
    private final Anchor switchAccount;

    public NoAccessView() {
        setSizeFull();
        setAlignItems(FlexComponent.Alignment.CENTER);
        setJustifyContentMode(FlexComponent.JustifyContentMode.CENTER);

        heading.setId("no-access");
        reason.setId("no-access-reason");
        reason.setMaxWidth("40rem");
        var tryAgain = new Anchor(".", getTranslation("no-access.try-again"));
        tryAgain.setRouterIgnore(true);
        switchAccount = new Anchor(SIGN_IN_WITH_ANOTHER_ACCOUNT, getTranslation("no-access.switch-account"));
        switchAccount.setRouterIgnore(true);
        add(heading, reason, new HorizontalLayout(tryAgain, switchAccount));
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        var given = event.getLocation()
                .getQueryParameters()
                .getSingleParameter("reason")
                .orElse("");
        var unavailable = UNAVAILABLE.equals(given);
        heading.setText(getTranslation(unavailable ? "no-access.unavailable.heading" : "no-access.heading"));
        reason.setText(getTranslation(reasonKey(given)));
        switchAccount.setVisible(!unavailable);
    }

    /** The text for a reason the application gives; anything else reads as a failed sign-in. */
    static String reasonKey(String reason) {
        return switch (reason) {
            case "no-roles" -> "no-access.no-roles";
            case "unknown-user" -> "no-access.unknown-user";
            case "no-trusted-email" -> "no-access.no-trusted-email";
            case "inactive" -> "no-access.inactive";
            case "linked-to-another-account" -> "no-access.linked-to-another-account";
            case UNAVAILABLE -> "no-access.unavailable";
            default -> "no-access.failed";
        };
    }

    @Override
    public String getPageTitle() {
        return getTranslation("no-access.title");
    }
}
