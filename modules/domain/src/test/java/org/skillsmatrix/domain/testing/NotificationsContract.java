package org.skillsmatrix.domain.testing;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.skillsmatrix.domain.base.PersonId;
import org.skillsmatrix.domain.notification.Notification;
import org.skillsmatrix.domain.notification.NotificationKind;
import org.skillsmatrix.domain.notification.NotificationSettings;
import org.skillsmatrix.domain.notification.Notifications;
import org.skillsmatrix.domain.notification.ReminderKey;
import org.skillsmatrix.domain.people.People;
import org.skillsmatrix.domain.people.Person;

/**
 * What every {@link Notifications} must do: store a reminder once per key, list a person's newest first, count and
 * mark them read for their recipient only, and keep each person's e-mail setting. Each test makes its own people.
 */
public abstract class NotificationsContract {

    private static final Instant NOW = Instant.parse("2026-03-02T06:00:00Z");

    protected abstract Notifications notifications();

    protected abstract People people();

    private Notifications notifications;
    private PersonId ada;
    private PersonId ben;

    @BeforeEach
    void freshPeople() {
        notifications = notifications();
        var tag = UUID.randomUUID().toString().substring(0, 8);
        ada = newPerson("Ada " + tag);
        ben = newPerson("Ben " + tag);
    }

    @Test
    void aReminderIsStoredOncePerKeyWhateverElseDiffers() {
        var first = goalDue(ada, "goal-1", NOW);
        var again = goalDue(ada, "goal-1", NOW.plus(1, ChronoUnit.DAYS));

        assertThat(notifications.addOnce(first)).contains(first);
        assertThat(notifications.addOnce(again)).isEmpty();
        assertThat(notifications.of(ada, 10)).containsExactly(first);
    }

    @Test
    void keysDifferingInAnyPartAreDifferentReminders() {
        var key = new ReminderKey(ada, NotificationKind.GOAL_DUE, "goal-1", "2026-03-10");
        var others = List.of(
                key,
                new ReminderKey(ben, NotificationKind.GOAL_DUE, "goal-1", "2026-03-10"),
                new ReminderKey(ada, NotificationKind.VALIDATIONS_WAITING, "goal-1", "2026-03-10"),
                new ReminderKey(ada, NotificationKind.GOAL_DUE, "goal-2", "2026-03-10"),
                new ReminderKey(ada, NotificationKind.GOAL_DUE, "goal-1", "2026-03-11"));

        for (var each : others) {
            assertThat(notifications.addOnce(notification(each, NOW))).isPresent();
        }
        assertThat(notifications.of(ada, 10)).hasSize(4);
    }

    @Test
    void listsTheRecipientsNewestFirstUpToTheLimitAndKeepsWhatTheySay() {
        var older = goalDue(ada, "goal-1", NOW);
        var newer = new Notification(
                UUID.randomUUID(),
                new ReminderKey(ada, NotificationKind.VALIDATIONS_WAITING, "", "2026-W10"),
                List.of("Ben Brown: Kafka", "Cleo Chen: Rust"),
                null,
                "matrix",
                NOW.plus(1, ChronoUnit.HOURS),
                null);
        notifications.addOnce(older);
        notifications.addOnce(newer);
        notifications.addOnce(goalDue(ben, "goal-2", NOW));

        assertThat(notifications.of(ada, 10)).containsExactly(newer, older);
        assertThat(notifications.of(ada, 1)).containsExactly(newer);
    }

    @Test
    void marksReadForTheRecipientOnly() {
        var first = goalDue(ada, "goal-1", NOW);
        var second = goalDue(ada, "goal-2", NOW.plusSeconds(1));
        notifications.addOnce(first);
        notifications.addOnce(second);
        assertThat(notifications.unread(ada)).isEqualTo(2);

        assertThat(notifications.markRead(ben, first.id(), NOW)).isFalse();
        assertThat(notifications.unread(ada)).isEqualTo(2);

        assertThat(notifications.markRead(ada, first.id(), NOW.plusSeconds(60))).isTrue();
        assertThat(notifications.unread(ada)).isEqualTo(1);
        assertThat(notifications.of(ada, 10))
                .filteredOn(notification -> notification.id().equals(first.id()))
                .singleElement()
                .returns(NOW.plusSeconds(60), Notification::readAt);

        assertThat(notifications.markAllRead(ada, NOW.plusSeconds(120))).isEqualTo(1);
        assertThat(notifications.unread(ada)).isZero();
        assertThat(notifications.markRead(ada, UUID.randomUUID(), NOW)).isFalse();
    }

    @Test
    void settingsDefaultToEmailOnUntilSaved() {
        assertThat(notifications.settings(ada)).isEqualTo(NotificationSettings.defaults(ada));

        notifications.save(new NotificationSettings(ada, false, "de"));
        notifications.save(new NotificationSettings(ben, true, null));
        notifications.save(new NotificationSettings(ben, true, "en"));

        assertThat(notifications.settings(ada)).isEqualTo(new NotificationSettings(ada, false, "de"));
        assertThat(notifications.settings(ben)).isEqualTo(new NotificationSettings(ben, true, "en"));
    }

    private static Notification goalDue(PersonId recipient, String goal, Instant at) {
        return new Notification(
                UUID.randomUUID(),
                new ReminderKey(recipient, NotificationKind.GOAL_DUE, goal, "2026-03-10"),
                List.of("Kafka"),
                LocalDate.of(2026, 3, 10),
                "",
                at,
                null);
    }

    private static Notification notification(ReminderKey key, Instant at) {
        return new Notification(UUID.randomUUID(), key, List.of("Kafka"), null, "", at, null);
    }

    private PersonId newPerson(String name) {
        var email = name.toLowerCase(java.util.Locale.ROOT).replace(' ', '.') + "@example.com";
        return people().add(new Person(PersonId.random(), name, email, null, true, 0))
                .id();
    }
}
