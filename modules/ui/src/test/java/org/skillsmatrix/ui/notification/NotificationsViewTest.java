package org.skillsmatrix.ui.notification;

import static com.github.mvysny.kaributesting.v10.LocatorJ._assertNone;
import static com.github.mvysny.kaributesting.v10.LocatorJ._assertOne;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;
import static org.skillsmatrix.domain.testing.TestOrganisation.admin;
import static org.skillsmatrix.domain.testing.TestOrganisation.employee;
import static org.skillsmatrix.domain.testing.TestOrganisation.hr;
import static org.skillsmatrix.domain.testing.TestOrganisation.manager;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Span;
import java.time.Duration;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.skillsmatrix.domain.access.Actor;
import org.skillsmatrix.domain.base.CertificationId;
import org.skillsmatrix.domain.catalog.Skill;
import org.skillsmatrix.domain.certification.Certification;
import org.skillsmatrix.domain.notification.NotificationSettings;
import org.skillsmatrix.domain.notification.OrganisationSummaryRules;
import org.skillsmatrix.domain.notification.ReminderRules;
import org.skillsmatrix.domain.notification.SummaryPeriod;
import org.skillsmatrix.domain.people.Person;
import org.skillsmatrix.domain.scale.Level;
import org.skillsmatrix.ui.base.NotificationBell;
import org.skillsmatrix.ui.base.ViewRoutes;
import org.skillsmatrix.ui.gaps.OrganisationGapsView;
import org.skillsmatrix.ui.myskills.MySkillsView;
import org.skillsmatrix.ui.testing.UiWorld;

/**
 * The notifications as people read them: Ada's goal in Kafka is due in two days; Maya, who manages Payments (Ada,
 * Ben), has two self-ratings waiting for validation; Adam is an admin.
 */
class NotificationsViewTest {

    private final UiWorld world = new UiWorld();
    private final Person ada = world.org.person("Ada Lovelace");
    private final Person ben = world.org.person("Ben Brown");
    private final Person maya = world.org.person("Maya Schmidt");
    private final Person adam = world.org.person("Adam Novak");
    private final Skill kafka = world.org.skill("Kafka");
    private final Skill rust = world.org.skill("Rust");

    NotificationsViewTest() {
        world.org.team("Payments", List.of(ada, ben), List.of(maya));
        world.org.setDevelopmentGoals.set(
                manager(maya), ada.id(), kafka.id(), Level.PROFICIENT, null, LocalDate.of(2025, 3, 13));
        world.org.selfRated(ada, rust, Level.WORKING_KNOWLEDGE);
        world.org.selfRated(ben, kafka, Level.AWARENESS);
        world.org.clock.advance(Duration.ofDays(8));
        world.org.sendReminders.runScheduled();
    }

    @AfterEach
    void close() {
        world.close();
    }

    @Test
    void theBellCountsTheUnreadAndOpeningANotificationGoesWhereToActAndMarksItRead() {
        open(employee(ada), ViewRoutes.MY_SKILLS);
        assertThat(_get(NotificationBell.class).count()).isEqualTo("1");

        _click(_get(NotificationBell.class));
        _assertOne(NotificationsView.class);
        assertThat(texts()).containsExactly("Your development goal in Kafka is due on 13 Mar 2025.");

        _click(_get(Button.class, spec -> spec.withText("Open")));

        _assertOne(MySkillsView.class);
        assertThat(_get(NotificationBell.class).count()).isEmpty();
        assertThat(world.org.readNotifications.unread(employee(ada))).isZero();
    }

    @Test
    void aManagerReadsTheirDigestWithWhoseSelfRatingsWaitAndMarksAllRead() {
        open(manager(maya), ViewRoutes.NOTIFICATIONS);

        assertThat(texts()).containsExactly("2 self-ratings of your team members are waiting for validation:");
        assertThat(_find(ListItem.class))
                .extracting(ListItem::getText)
                .containsExactly("Ada Lovelace: Rust", "Ben Brown: Kafka");
        assertThat(_get(NotificationBell.class).count()).isEqualTo("1");

        _click(_get(Button.class, spec -> spec.withId("mark-all-read")));

        assertThat(_get(NotificationBell.class).count()).isEmpty();
        assertThat(_get(Button.class, spec -> spec.withId("mark-all-read")).isEnabled())
                .isFalse();
        _assertNone(Button.class, spec -> spec.withText("Mark read"));
    }

    @Test
    void aLongDigestNamesItsFirstTenItemsAndHowManyMore() {
        for (int i = 0; i < 12; i++) {
            world.org.selfRated(ben, world.org.skill("Skill " + (char) ('A' + i)), Level.AWARENESS);
        }
        world.org.clock.advance(Duration.ofDays(8));
        world.org.sendReminders.runScheduled();

        open(manager(maya), ViewRoutes.NOTIFICATIONS);

        assertThat(texts())
                .containsExactly(
                        "14 self-ratings of your team members are waiting for validation:",
                        "2 self-ratings of your team members are waiting for validation:");
        assertThat(_find(ListItem.class))
                .extracting(ListItem::getText)
                .contains("Ada Lovelace: Rust", "and 4 more")
                .hasSize(10 + 1 + 2);
    }

    @Test
    void aPersonTurnsEmailOffAndChoosesTheLanguageOfTheirEmails() {
        open(employee(ada), ViewRoutes.NOTIFICATIONS);
        var view = _get(NotificationsView.class);
        assertThat(view.email.getValue()).isTrue();
        assertThat(view.language.getValue()).isEmpty();

        _setValue(view.email, false);
        _setValue(view.language, "en");
        _click(view.save);

        assertThat(world.org.notifications.settings(ada.id()))
                .isEqualTo(new NotificationSettings(ada.id(), false, "en"));
        open(employee(ada), ViewRoutes.NOTIFICATIONS);
        assertThat(_get(NotificationsView.class).email.getValue()).isFalse();
    }

    @Test
    void onlyAnAdminSeesTheButtonThatRunsTheRemindersNow() {
        open(manager(maya), ViewRoutes.NOTIFICATIONS);
        _assertNone(Button.class, spec -> spec.withId("run-reminders"));

        world.org.setDevelopmentGoals.set(
                manager(maya), ben.id(), rust.id(), Level.PROFICIENT, null, LocalDate.now(world.org.clock));
        open(admin(adam), ViewRoutes.NOTIFICATIONS);
        _click(_get(Button.class, spec -> spec.withId("run-reminders")));

        assertThat(world.org.readNotifications.unread(employee(ben))).isEqualTo(1);
        assertThat(world.org.mailer.sent())
                .extracting(sent -> sent.recipient().name())
                .contains("Ben Brown");
    }

    @Test
    void staleRatingsAnExpiringCertificateAndTheMembersDigestReadAsTheySayNamingWhatTheyAreAbout() {
        var cka = world.org.certifications.add(new Certification(CertificationId.random(), "CKA", null, 0));
        world.org.clock.advance(Duration.ofDays(400));
        var today = LocalDate.now(world.org.clock);
        world.org.holdCertificates.record(employee(ada), cka.id(), today.minusYears(2), today.plusDays(20), null);
        world.org.sendReminders.runScheduled();

        open(employee(ada), ViewRoutes.NOTIFICATIONS);
        var expires = DateTimeFormatter.ofPattern("d MMM yyyy", Locale.ENGLISH).format(today.plusDays(20));
        assertThat(texts())
                .contains(
                        "Your certificate CKA expires on " + expires + ".",
                        "One of your ratings has gone stale: confirm each that is still accurate, or rate it anew.");
        assertThat(_find(ListItem.class)).extracting(ListItem::getText).contains("Rust");

        open(manager(maya), ViewRoutes.NOTIFICATIONS);
        assertThat(texts())
                .contains("A certificate of your team members expires soon or has expired (holder: certification,"
                        + " expiry date):");
        assertThat(_find(ListItem.class))
                .extracting(ListItem::getText)
                .contains("Ada Lovelace: CKA, " + today.plusDays(20));
    }

    @Test
    void hrReadsTheOrganisationSummaryFigureByFigureInTheirLanguageAndOpensOrganisationGaps() {
        var hannah = world.org.person("Hannah Ruiz");
        world.org
                .sendRemindersWith(new ReminderRules(
                        ReminderRules.DEFAULT_GOAL_DUE_WITHIN,
                        ReminderRules.DEFAULT_VALIDATION_WAIT,
                        new OrganisationSummaryRules(true, SummaryPeriod.MONTHLY, List.of(hannah.email()))))
                .runScheduled();

        open(hr(hannah), ViewRoutes.NOTIFICATIONS);

        assertThat(texts())
                .containsExactly("The organisation’s skills figures on 11 Mar 2025; Organisation gaps shows them skill"
                        + " by skill:");
        assertThat(_find(ListItem.class))
                .extracting(ListItem::getText)
                .containsExactly(
                        "Team targets met: 0 of 0",
                        "Certification targets met: 0 of 0",
                        "Single points of failure (skills only one person holds): 0",
                        "Skills nobody holds: 2",
                        "Self-ratings waiting long for validation: 2",
                        "Ratings gone stale: 0",
                        "Certificates expiring soon: 0",
                        "Certificates expired recently and not renewed: 0");

        UI.getCurrent().setLocale(Locale.GERMAN);
        world.navigate(ViewRoutes.MY_SKILLS);
        world.navigate(ViewRoutes.NOTIFICATIONS);
        assertThat(_find(ListItem.class))
                .extracting(ListItem::getText)
                .contains("Teamziele erreicht: 0 von 0", "Skills, die niemand beherrscht: 2");

        _click(_get(Button.class, spec -> spec.withText("Öffnen")));
        _assertOne(OrganisationGapsView.class);
    }

    private void open(Actor actor, String path) {
        world.signIn(world.org.people.byId(actor.person()).orElseThrow(), actor);
        world.navigate(path);
    }

    private static List<String> texts() {
        return _find(Span.class).stream()
                .filter(span -> span.hasClassName("notification-text"))
                .map(Span::getText)
                .toList();
    }
}
