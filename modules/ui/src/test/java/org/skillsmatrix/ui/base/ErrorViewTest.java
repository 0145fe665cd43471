package org.skillsmatrix.ui.base;

import static com.github.mvysny.kaributesting.v10.LocatorJ._assertNone;
import static com.github.mvysny.kaributesting.v10.LocatorJ._assertOne;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;
import static org.skillsmatrix.domain.testing.TestOrganisation.employee;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.sidenav.SideNav;
import com.vaadin.flow.server.ErrorEvent;
import com.vaadin.flow.server.VaadinSession;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.skillsmatrix.domain.people.Person;
import org.skillsmatrix.ui.testing.UiWorld;

/**
 * A failure nobody foresaw, while opening a page and while handling a click: the person reads what happened in
 * their words with the error id, inside the layout with its menu; nothing of the failure itself reaches them.
 */
class ErrorViewTest {

    private static final String UUID = "[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}";

    private final UiWorld world = new UiWorld();
    private final Person ada = world.org.person("Ada Lovelace");

    @BeforeEach
    void signIn() {
        world.signIn(ada, employee(ada));
    }

    @AfterEach
    void close() {
        world.close();
    }

    @Test
    void aPageThatFailsToOpenShowsOurTextAndAnErrorIdInsideTheLayout() {
        world.navigate(FailingPage.ROUTE + "?fail");

        _assertOne(ErrorView.class);
        _assertOne(MainLayout.class);
        _assertOne(SideNav.class);
        assertThat(_get(Paragraph.class, spec -> spec.withId("error-message")).getText())
                .startsWith("Something went wrong on our side");
        assertThat(_get(Span.class, spec -> spec.withId("error-id")).getText()).matches(UUID);
        assertThat(_get(ErrorView.class).getElement().getTextRecursively())
                .doesNotContain("Secret", "select", "Exception", "org.");
        assertThat(_get(MainLayout.class).getElement().getTextRecursively()).contains("Something went wrong");
    }

    @Test
    void aPageThatCannotReachTheDatabaseSaysSoInsideTheLayoutWithoutAnErrorId() {
        world.navigate(FailingPage.ROUTE + "?database-down");

        _assertOne(ErrorView.class);
        _assertOne(SideNav.class);
        assertThat(_get(Paragraph.class, spec -> spec.withId("error-message")).getText())
                .isEqualTo("The database cannot be reached at the moment, and nothing you did is to blame. Try again"
                        + " in a moment.");
        _assertNone(Span.class, spec -> spec.withId("error-id"));
    }

    @Test
    void aClickThatCannotReachTheDatabaseKeepsThePageAndSaysSo() {
        world.navigate(FailingPage.ROUTE);
        var page = _get(FailingPage.class);

        failAsVaadinWould(() -> _click(page.needDatabase));

        _assertOne(FailingPage.class);
        var notification = _get(Notification.class, spec -> spec.withId("action-error"));
        assertThat(notification.getElement().getTextRecursively()).startsWith("The database cannot be reached");
        assertThat(_find(Span.class, spec -> spec.withId("action-error-id"))).isEmpty();
    }

    @Test
    void aRefusalWhileOpeningAPageNamesNoErrorId() {
        world.navigate("matrix/not-a-team");

        _assertOne(ErrorView.class);
        assertThat(_get(Paragraph.class, spec -> spec.withId("error-message")).getText())
                .isEqualTo("You are not allowed to do this.");
        _assertNone(Span.class, spec -> spec.withId("error-id"));
    }

    @Test
    void aClickThatFailsKeepsThePageAndTellsTheErrorIdInANotification() {
        world.navigate(FailingPage.ROUTE);
        var page = _get(FailingPage.class);

        failAsVaadinWould(() -> _click(page.fail));

        _assertOne(FailingPage.class);
        var notification = _get(Notification.class, spec -> spec.withId("action-error"));
        assertThat(notification.isOpened()).isTrue();
        var text = notification.getElement().getTextRecursively();
        assertThat(text).startsWith("Something went wrong on our side").doesNotContain("Secret", "Exception");
        assertThat(_get(Span.class, spec -> spec.withId("action-error-id")).getText())
                .matches(UUID);
    }

    @Test
    void aClickTheDomainRefusesSaysWhyWithoutAnErrorId() {
        world.navigate(FailingPage.ROUTE);
        var page = _get(FailingPage.class);

        failAsVaadinWould(() -> _click(page.refuse));

        var notification = _get(Notification.class, spec -> spec.withId("action-error"));
        assertThat(notification.getElement().getTextRecursively()).startsWith("What you asked for no longer exists.");
        assertThat(_find(Span.class, spec -> spec.withId("action-error-id"))).isEmpty();
    }

    /** Runs a click and hands what it throws to the session's error handler, as Vaadin does with a browser's event. */
    private static void failAsVaadinWould(Runnable click) {
        var thrown = catchThrowable(click::run);
        assertThat(thrown).isNotNull();
        VaadinSession.getCurrent().getErrorHandler().error(new ErrorEvent(thrown));
        UI.getCurrent().getInternals().getStateTree().runExecutionsBeforeClientResponse();
    }
}
