package org.skillsmatrix.app.ui;

import com.github.mvysny.fakeservlet.FakeRequest;
import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.github.mvysny.kaributesting.v10.Routes;
import com.github.mvysny.kaributesting.v10.spring.MockSpringServlet;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.server.VaadinServletRequest;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletRequestWrapper;
import kotlin.jvm.functions.Function0;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationContext;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * A Vaadin UI on the application's Spring context, without a browser, and signing in to it as the
 * application does: a local account from its {@link UserDetailsService} in Spring Security's context, and
 * the same user on the request Vaadin's view access checks read.
 */
final class BrowserlessUi {

    private static final Routes ROUTES = new Routes().autoDiscoverViews("org.skillsmatrix.ui");

    /** The security context strategy of the application the UI runs on, to clear on closing. */
    private static @Nullable SecurityContextHolderStrategy strategy;

    private BrowserlessUi() {}

    static void open(ApplicationContext context) {
        strategy = context.getBean(SecurityContextHolderStrategy.class);
        Function0<UI> uiFactory = UI::new;
        MockVaadin.setup(uiFactory, new MockSpringServlet(ROUTES, context, uiFactory));
    }

    /** Signs in with a local account's user name, e.g. {@code employee}. */
    static void signIn(ApplicationContext context, String username) {
        var user = context.getBean(UserDetailsService.class).loadUserByUsername(username);
        var authentication =
                UsernamePasswordAuthenticationToken.authenticated(user, user.getPassword(), user.getAuthorities());
        // the application's strategy, which its beans read, and the static one, in case it is another
        context.getBean(SecurityContextHolderStrategy.class).getContext().setAuthentication(authentication);
        SecurityContextHolder.getContext().setAuthentication(authentication);
        var request = fakeRequest();
        request.setUserPrincipalInt(authentication);
        request.setUserInRole((principal, role) -> user.getAuthorities().stream()
                .anyMatch(authority -> authority.getAuthority().equals("ROLE_" + role)));
    }

    private static FakeRequest fakeRequest() {
        ServletRequest request = VaadinServletRequest.getCurrent();
        while (request instanceof ServletRequestWrapper wrapper) {
            request = wrapper.getRequest();
        }
        return (FakeRequest) request;
    }

    static void close() {
        MockVaadin.tearDown();
        if (strategy != null) {
            strategy.clearContext();
            strategy = null;
        }
        SecurityContextHolder.clearContext();
    }
}
