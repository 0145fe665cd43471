package org.skillsmatrix.app.notification;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import java.net.URI;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.skillsmatrix.domain.base.PersonId;
import org.skillsmatrix.domain.notification.Notification;
import org.skillsmatrix.domain.notification.NotificationKind;
import org.skillsmatrix.domain.notification.NotificationSettings;
import org.skillsmatrix.domain.notification.ReminderKey;
import org.skillsmatrix.domain.notification.ReminderSelection;
import org.skillsmatrix.domain.people.Person;
import org.springframework.beans.factory.support.StaticListableBeanFactory;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.JavaMailSenderImpl;

/**
 * HR's organisation summary as it arrives through a real SMTP server (GreenMail) in each language: every figure
 * in the recipient's words, its numbers as their language writes them, and the link to Organisation gaps.
 */
class SpringMailerTest {

    @RegisterExtension
    final GreenMailExtension smtp = new GreenMailExtension(ServerSetupTest.SMTP.dynamicPort());

    private final Person hannah =
            new Person(PersonId.random(), "Hannah Ruiz", "hannah.ruiz@example.com", null, true, 0);

    private final Notification summary = new Notification(
            UUID.randomUUID(),
            new ReminderKey(hannah.id(), NotificationKind.ORGANISATION_SUMMARY, "", "2026-12"),
            List.of(
                    "targets-met=1203/1450",
                    "certification-targets-met=7/9",
                    "single-holder-skills=12",
                    "unheld-skills=3",
                    "self-ratings-waiting=2500",
                    "stale-ratings=41",
                    "certificates-expiring=5",
                    "certificates-expired=2"),
            LocalDate.of(2026, 12, 1),
            ReminderSelection.ORGANISATION_GAPS,
            Instant.parse("2026-12-01T06:00:00Z"),
            null);

    @Test
    void hrWhoChoseGermanReadsEveryFigureOfTheSummaryInGerman() throws Exception {
        send("de");

        var message = smtp.getReceivedMessages()[0];
        assertThat(message.getAllRecipients()[0]).hasToString("hannah.ruiz@example.com");
        assertThat(message.getSubject()).isEqualTo("Die Skill-Kennzahlen der Organisation am 1. Dezember 2026");
        assertThat(body(message))
                .startsWith("Hallo Hannah Ruiz,\n\nDie wichtigsten Kennzahlen der Organisation am 1. Dezember 2026.")
                .contains(
                        "  - Teamziele erreicht: 1.203 von 1.450\n",
                        "  - Zertifizierungsziele erreicht: 7 von 9\n",
                        "  - Einzelwissen (Skills, die nur eine Person beherrscht): 12\n",
                        "  - Skills, die niemand beherrscht: 3\n",
                        "  - Selbstbewertungen, die lange auf Bestätigung warten: 2.500\n",
                        "  - Veraltete Bewertungen: 41\n",
                        "  - Bald ablaufende Zertifikate: 5\n",
                        "  - Kürzlich abgelaufene, nicht erneuerte Zertifikate: 2\n",
                        "Skills Matrix öffnen: https://skills.example.com/organisation-gaps\n",
                        "Ausschalten unter https://skills.example.com/notifications")
                .doesNotContain("Team targets", "targets-met");
    }

    @Test
    void withoutALanguageChosenTheSummaryIsInEnglish() throws Exception {
        send(null);

        var message = smtp.getReceivedMessages()[0];
        assertThat(message.getSubject()).isEqualTo("The organisation's skills figures on December 1, 2026");
        assertThat(body(message))
                .startsWith("Hello Hannah Ruiz,")
                .contains(
                        "  - Team targets met: 1,203 of 1,450\n",
                        "  - Self-ratings waiting long for validation: 2,500\n",
                        "https://skills.example.com/organisation-gaps\n");
    }

    private void send(@Nullable String language) {
        var sender = new JavaMailSenderImpl();
        sender.setHost("localhost");
        sender.setPort(smtp.getSmtp().getPort());
        var mailer = new SpringMailer(
                new StaticListableBeanFactory(Map.of("mailSender", sender)).getBeanProvider(JavaMailSender.class),
                new ReminderProperties(
                        null, null, null, URI.create("https://skills.example.com"), "skills@example.com", null));

        mailer.send(hannah, new NotificationSettings(hannah.id(), true, language), summary);
    }

    private static String body(jakarta.mail.internet.MimeMessage message) throws Exception {
        return ((String) message.getContent()).replace("\r\n", "\n");
    }
}
