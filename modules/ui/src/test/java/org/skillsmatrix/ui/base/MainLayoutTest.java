package org.skillsmatrix.ui.base;

import static com.github.mvysny.kaributesting.v10.LocatorJ._assertNone;
import static com.github.mvysny.kaributesting.v10.LocatorJ._assertOne;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.sidenav.SideNavItem;
import com.vaadin.flow.spring.security.AuthenticationContext;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.skillsmatrix.domain.access.AccessPolicy;
import org.skillsmatrix.domain.access.Actor;
import org.skillsmatrix.domain.access.Role;
import org.skillsmatrix.domain.base.PersonId;
import org.skillsmatrix.domain.notification.Notification;
import org.skillsmatrix.domain.notification.NotificationKind;
import org.skillsmatrix.domain.notification.ReadNotifications;
import org.skillsmatrix.domain.notification.ReminderKey;
import org.skillsmatrix.domain.testing.InMemoryNotifications;
import org.skillsmatrix.domain.testing.InMemoryTeams;

class MainLayoutTest {

    private static final Actor ADA = Actor.of(PersonId.random(), Role.EMPLOYEE);
    private static final InMemoryNotifications STORE = new InMemoryNotifications();
    private static final ReadNotifications NOTIFICATIONS =
            new ReadNotifications(STORE, new AccessPolicy(new InMemoryTeams()), Clock.systemUTC());

    @BeforeEach
    void setUp() {
        MockVaadin.setup();
    }

    @AfterEach
    void tearDown() {
        MockVaadin.tearDown();
    }

    @Test
    void showsTheSignedInPersonTheNavigationAndSigningOut() {
        open(false);

        assertThat(_get(Span.class, spec -> spec.withId("signed-in-user")).getText())
                .isEqualTo("Ada Lovelace");
        assertThat(_find(SideNavItem.class))
                .extracting(SideNavItem::getLabel)
                .containsExactly("My skills", "My profile", "Reports");
        assertThat(_get(Button.class, spec -> spec.withId("sign-out")).getText())
                .isEqualTo("Sign out");
    }

    @Test
    void myProfileIsNotMarkedOnAMembersProfileWhereTeamPagesStayMarkedUnderTheirPath() {
        UI.getCurrent()
                .add(new MainLayout(
                        new FixedUser(Actor.of(PersonId.random(), Role.EMPLOYEE, Role.MANAGER), "Maya", false),
                        new AuthenticationContext(),
                        NOTIFICATIONS));

        assertThat(_find(SideNavItem.class))
                .filteredOn(item -> item.getLabel().equals("My profile"))
                .singleElement()
                .returns(false, SideNavItem::isMatchNested);
        assertThat(_find(SideNavItem.class))
                .filteredOn(item -> item.getLabel().equals("Team matrix"))
                .singleElement()
                .returns(true, SideNavItem::isMatchNested);
    }

    @Test
    void theSkipLinkComesBeforeTheMenusAndTheAppNameIsInTheBanner() {
        open(false);

        var brand = _get(Span.class, spec -> spec.withId("brand"));
        assertThat(brand.getText()).isEqualTo("Skills Matrix");
        var banner = brand.getParent().orElseThrow().getParent().orElseThrow();
        assertThat(banner.getElement().getAttribute("role")).isEqualTo("banner");
        var skip = _get(Anchor.class, spec -> spec.withId("skip-link"));
        assertThat(skip.getText()).isEqualTo("Skip to the page’s content");
        assertThat(skip.getParent().orElseThrow().getElement().getChild(0)).isEqualTo(skip.getElement());
    }

    @Test
    void marksDemoMode() {
        open(true);

        _assertOne(DemoModeBadge.class);
        assertThat(_get(DemoModeBadge.class).getText()).isEqualTo("Demo mode — local demo accounts");
    }

    @Test
    void onAPhoneTheDemoBadgeIsShortSoSigningOutStaysOnScreen() {
        open(true);
        var badge = _get(DemoModeBadge.class);

        badge.shorten(true);

        assertThat(badge.getText()).isEqualTo("Demo");
    }

    @Test
    void showsNoDemoBadgeWithARealIdentityProvider() {
        open(false);

        _assertNone(DemoModeBadge.class);
    }

    @Test
    void switchesBetweenLightAndDarkThemes() {
        open(false);
        var toggle = _get(ThemeToggle.class);
        assertThat(toggle.getAriaLabel()).contains("Switch to the dark theme");

        _click(toggle);

        assertThat(toggle.getAriaLabel()).contains("Switch to the light theme");
    }

    private static void open(boolean demoMode) {
        UI.getCurrent()
                .add(new MainLayout(
                        new FixedUser(ADA, "Ada Lovelace", demoMode), new AuthenticationContext(), NOTIFICATIONS));
    }

    @Test
    void theBellCountsTheUnreadNotificationsAndSaysSoToScreenReaders() {
        open(false);
        var layout = _get(MainLayout.class);
        var bell = _get(NotificationBell.class);
        layout.notificationsChanged();
        assertThat(bell.count()).isEmpty();
        assertThat(bell.getAriaLabel()).contains("Notifications");

        var first = goalDue("goal-1");
        STORE.addOnce(first);
        STORE.addOnce(goalDue("goal-2"));
        layout.notificationsChanged();

        assertThat(bell.count()).isEqualTo("2");
        assertThat(bell.getAriaLabel()).contains("Notifications, 2 unread");

        NOTIFICATIONS.markRead(ADA, first.id());
        layout.notificationsChanged();
        assertThat(bell.count()).isEqualTo("1");
        assertThat(bell.getAriaLabel()).contains("Notifications, 1 unread");
    }

    private static Notification goalDue(String goal) {
        return new Notification(
                UUID.randomUUID(),
                new ReminderKey(ADA.person(), NotificationKind.GOAL_DUE, goal, "2026-03-10"),
                List.of("Kafka"),
                LocalDate.of(2026, 3, 10),
                "",
                Instant.now(),
                null);
    }
}
