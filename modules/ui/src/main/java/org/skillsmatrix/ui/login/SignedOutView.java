package org.skillsmatrix.ui.login;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;

/**
 * Where signing out lands, with local demo accounts and with the identity provider alike (whose own session
 * has ended too by then): it says so, and offers to sign in again.
 */
@Route(value = "signed-out", autoLayout = false)
@AnonymousAllowed
public final class SignedOutView extends VerticalLayout implements HasDynamicTitle {

    public SignedOutView() {
        setSizeFull();
        setAlignItems(FlexComponent.Alignment.CENTER);
        setJustifyContentMode(FlexComponent.JustifyContentMode.CENTER);

        var heading = new H1(getTranslation("signed-out.heading"));
        heading.setId("signed-out");
        var signIn = new Anchor(".", getTranslation("signed-out.sign-in"));
        signIn.setId("sign-in-again");
        // a full page load, so that signing in starts from the server
        signIn.setRouterIgnore(true);
        add(heading, new Paragraph(getTranslation("signed-out.message")), signIn);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("signed-out.title");
    }
}
