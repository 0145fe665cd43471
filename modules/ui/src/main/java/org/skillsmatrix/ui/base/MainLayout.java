package org.skillsmatrix.ui.base;

import com.vaadin.flow.component.applayout.AppLayout;
import com.vaadin.flow.component.applayout.DrawerToggle;
import com.vaadin.flow.component.avatar.Avatar;
import com.vaadin.flow.component.avatar.AvatarVariant;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.sidenav.SideNav;
import com.vaadin.flow.component.sidenav.SideNavItem;
import com.vaadin.flow.router.AfterNavigationEvent;
import com.vaadin.flow.router.AfterNavigationObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.spring.security.AuthenticationContext;
import com.vaadin.flow.theme.lumo.LumoUtility;
import jakarta.annotation.security.PermitAll;
import org.jspecify.annotations.Nullable;
import org.skillsmatrix.domain.base.DatabaseOutage;
import org.skillsmatrix.domain.notification.ReadNotifications;

/**
 * The frame of every signed-in page: the top bar (the banner landmark) with the application's name, the page's
 * title, the demo-mode badge while local demo accounts are in use, the notification bell, the language menu, the
 * theme switch, the signed-in person and signing out; below it the side navigation. The page itself is the main
 * landmark ({@link Landmarks}).
 */
@PermitAll
public final class MainLayout extends AppLayout implements AfterNavigationObserver {

    /** The attribute a view sets on the element the skip link should focus, instead of the page's start. */
    public static final String SKIP_TARGET = "data-skip-target";

    private final H1 title = new H1();
    private final NotificationBell bell = new NotificationBell();
    private final CurrentUser currentUser;
    private final ReadNotifications notifications;

    public MainLayout(CurrentUser currentUser, AuthenticationContext authentication, ReadNotifications notifications) {
        this.currentUser = currentUser;
        this.notifications = notifications;
        // the top bar spans the window above the menu, so the whole of it is the banner landmark
        setPrimarySection(Section.NAVBAR);
        addToDrawer(navigation(currentUser));
        addToNavbar(navbar(currentUser, authentication));
    }

    @Override
    public void afterNavigation(AfterNavigationEvent event) {
        title.setText(getContent() instanceof HasDynamicTitle page ? page.getPageTitle() : "");
        notificationsChanged();
    }

    /** Updates the bell's count of unread notifications; a view that marks some read calls it. */
    public void notificationsChanged() {
        try {
            bell.show(notifications.unread(currentUser.actor()));
        } catch (RuntimeException failure) {
            if (!DatabaseOutage.isCauseOf(failure)) {
                throw failure;
            }
            // while the database is out of reach the page below says so; the bell shows no count meanwhile
            bell.show(0);
        }
    }

    private Span brand() {
        var brand = new Span(getTranslation("app.name"));
        brand.setId("brand");
        brand.addClassNames(LumoUtility.FontWeight.SEMIBOLD, LumoUtility.FontSize.LARGE, LumoUtility.Whitespace.NOWRAP);
        return brand;
    }

    private SideNav navigation(CurrentUser currentUser) {
        var nav = new SideNav();
        nav.setLabel(getTranslation("nav.label"));
        nav.setId("main-menu");
        for (var entry : Navigation.entries(currentUser.actor())) {
            var item = new SideNavItem(
                    getTranslation(entry.labelKey()), entry.path(), entry.icon().create());
            item.setMatchNested(entry.marksNestedPages());
            nav.addItem(item);
        }
        nav.addClassNames(LumoUtility.Padding.Horizontal.SMALL);
        return nav;
    }

    private HorizontalLayout navbar(CurrentUser currentUser, AuthenticationContext authentication) {
        var toggle = new DrawerToggle();
        toggle.setAriaLabel(getTranslation("nav.toggle"));
        title.addClassNames(LumoUtility.FontSize.LARGE, LumoUtility.Margin.NONE);
        title.setId("page-title");

        var start = new HorizontalLayout(skipLink(), toggle, brand(), title);
        start.setAlignItems(FlexComponent.Alignment.CENTER);
        start.addClassNames("navbar-start");
        @Nullable DemoModeBadge badge = currentUser.demoMode() ? new DemoModeBadge() : null;
        if (badge != null) {
            start.add(badge);
        }

        var name = currentUser.displayName();
        var avatar = new Avatar(name);
        avatar.addThemeVariants(AvatarVariant.LUMO_SMALL);
        avatar.getElement().setAttribute("aria-hidden", "true");
        avatar.setId("signed-in-avatar");
        var user = new Span(name);
        user.setId("signed-in-user");
        var signOut = new Button(getTranslation("nav.sign-out"), VaadinIcon.SIGN_OUT.create());
        signOut.setId("sign-out");
        signOut.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        signOut.addClickListener(event -> authentication.logout());

        var end = new HorizontalLayout(
                bell,
                new LanguageMenu(
                        LanguageMenu.available(),
                        language -> notifications.chooseLanguage(currentUser.actor(), language.getLanguage())),
                new ThemeToggle(),
                avatar,
                user,
                signOut);
        end.setAlignItems(FlexComponent.Alignment.CENTER);
        end.addClassNames("navbar-end");
        // on a tablet or phone the badge shortens, and (styles.css) the brand, the name and the avatar give way, so
        // the top bar keeps to one line on a tablet and signing out stays on screen on a phone
        if (badge != null) {
            NarrowScreen.follow(this, NarrowScreen.TABLET_MAX_WIDTH, badge::shorten);
        }

        var bar = new HorizontalLayout(start, end);
        bar.setWidthFull();
        bar.setAlignItems(FlexComponent.Alignment.CENTER);
        bar.setJustifyContentMode(FlexComponent.JustifyContentMode.BETWEEN);
        bar.addClassNames(LumoUtility.Padding.End.MEDIUM, "navbar");
        bar.getElement().setAttribute("role", "banner");
        return bar;
    }

    /**
     * The first stop of the Tab key, shown only while focused: Enter moves the focus past the menus to the page,
     * or to what the page names with {@link #SKIP_TARGET}; a grid takes it on its first body cell.
     */
    private Anchor skipLink() {
        var skip = new Anchor("#", getTranslation("nav.skip"));
        skip.setId("skip-link");
        skip.addClassName("skip-link");
        skip.getElement()
                .executeJs("this.addEventListener('click', event => {"
                        + " event.preventDefault();"
                        + " const main = document.querySelector('[role=main]');"
                        + " const target = (main && main.querySelector('[" + SKIP_TARGET + "]')) || main;"
                        + " if (!target) { return; }"
                        + " if (target._itemsFocusable) { target._itemsFocusable.focus(); } else { target.focus(); }"
                        + "});");
        return skip;
    }
}
