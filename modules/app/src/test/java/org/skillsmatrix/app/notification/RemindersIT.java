package org.skillsmatrix.app.notification;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import com.vaadin.flow.server.VaadinServletContext;
import com.vaadin.flow.server.startup.ApplicationRouteRegistry;
import jakarta.mail.Message;
import jakarta.mail.internet.MimeMessage;
import jakarta.servlet.ServletContext;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.skillsmatrix.app.it.NodesOnOneDatabase;
import org.skillsmatrix.demo.DemoPeople;
import org.skillsmatrix.domain.access.Actor;
import org.skillsmatrix.domain.access.Role;
import org.skillsmatrix.domain.assessment.Assessment;
import org.skillsmatrix.domain.assessment.Assessments;
import org.skillsmatrix.domain.base.Busy;
import org.skillsmatrix.domain.base.SkillId;
import org.skillsmatrix.domain.catalog.Catalog;
import org.skillsmatrix.domain.certification.Certifications;
import org.skillsmatrix.domain.certification.HoldCertificates;
import org.skillsmatrix.domain.gap.AnalyseOrganisationGaps;
import org.skillsmatrix.domain.gap.OrganisationSkillCoverage;
import org.skillsmatrix.domain.mentoring.SetDevelopmentGoals;
import org.skillsmatrix.domain.notification.NotificationKind;
import org.skillsmatrix.domain.notification.ReadNotifications;
import org.skillsmatrix.domain.notification.ReminderRun;
import org.skillsmatrix.domain.notification.SendReminders;
import org.skillsmatrix.domain.people.People;
import org.skillsmatrix.domain.people.Person;
import org.skillsmatrix.domain.scale.Interest;
import org.skillsmatrix.domain.scale.Level;
import org.skillsmatrix.ui.gaps.OrganisationGapsView;
import org.skillsmatrix.ui.matrix.TeamMatrixView;
import org.skillsmatrix.ui.myskills.MySkillsView;
import org.skillsmatrix.ui.profile.PersonProfileView;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Reminders as people receive them, from two nodes on one database mailing through a real SMTP server (GreenMail):
 * Noah, of Payments, has a development goal due in three days and reads his e-mails in German; a self-rating of his
 * has waited ten days for Maya, who manages Payments, to validate it; another he stated 400 days ago has gone stale; his
 * certificate expires in 20 days; Hannah, of HR, receives the organisation summary. Both nodes run the reminders at the
 * same moment, then each once more.
 */
class RemindersIT {

    @RegisterExtension
    static final GreenMailExtension SMTP = new GreenMailExtension(ServerSetupTest.SMTP.dynamicPort());

    @RegisterExtension
    final NodesOnOneDatabase nodes = new NodesOnOneDatabase();

    @Test
    void twoNodesRunningTheRemindersAtOnceMailEachReminderOnceInTheRecipientsLanguageWithAWorkingLinkBack()
            throws Exception {
        int port = freePort();
        var baseUrl = "http://localhost:" + port;
        var mail = List.of(
                "--skills-matrix.demo-data.enabled=true",
                "--spring.mail.host=localhost",
                "--spring.mail.port=" + SMTP.getSmtp().getPort(),
                "--skills-matrix.reminders.base-url=" + baseUrl,
                "--skills-matrix.reminders.mail-from=skills@example.com",
                "--skills-matrix.reminders.organisation-summary.enabled=true",
                "--skills-matrix.reminders.organisation-summary.recipients=" + DemoPeople.HR);
        var first = start(mail, "--server.port=" + port);
        var second = start(mail);
        var people = first.getBean(People.class);
        var noah = people.byEmail(DemoPeople.EMPLOYEE).orElseThrow();
        var maya = people.byEmail(DemoPeople.MANAGER).orElseThrow();
        var jdbc = first.getBean(JdbcTemplate.class);
        var catalog = first.getBean(Catalog.class);

        var goalSkill = skillBelowExpert(jdbc, noah);
        first.getBean(SetDevelopmentGoals.class)
                .set(
                        Actor.of(maya.id(), Role.MANAGER, Role.EMPLOYEE),
                        noah.id(),
                        goalSkill,
                        Level.EXPERT,
                        null,
                        LocalDate.now().plusDays(3));
        var waitingSkill = skillWithoutManagerRating(jdbc, noah);
        first.getBean(Assessments.class)
                .append(Assessment.self(
                        noah.id(),
                        waitingSkill,
                        Level.WORKING_KNOWLEDGE,
                        Interest.NEUTRAL,
                        Instant.now().minus(Duration.ofDays(10)),
                        null));
        var staleSkill = skillUnrated(jdbc, noah, goalSkill);
        first.getBean(Assessments.class)
                .append(Assessment.self(
                        noah.id(),
                        staleSkill,
                        Level.PROFICIENT,
                        Interest.NEUTRAL,
                        Instant.now().minus(Duration.ofDays(400)),
                        null));
        var certification = first.getBean(Certifications.class).all().getFirst();
        var expires = LocalDate.now().plusDays(20);
        first.getBean(HoldCertificates.class)
                .record(
                        Actor.of(noah.id(), Role.EMPLOYEE),
                        certification.id(),
                        LocalDate.now().minusYears(3),
                        expires,
                        null);
        first.getBean(ReadNotifications.class).save(Actor.of(noah.id(), Role.EMPLOYEE), true, "de");

        var runs = new ArrayList<>(nodes.onEachAtOnce(RemindersIT::run));
        runs.add(run(first));
        runs.add(run(second));

        var messages = SMTP.getReceivedMessages();
        var stored = jdbc.queryForObject("select count(*) from notification", Integer.class);
        assertThat(runs.stream().mapToInt(ReminderRun::stored).sum()).isEqualTo(stored);
        assertThat(runs.stream().mapToInt(ReminderRun::mailed).sum()).isEqualTo(messages.length);
        assertThat(messages).hasSize(stored);
        var perRecipientAndSubject = new HashMap<String, Integer>();
        for (var message : messages) {
            perRecipientAndSubject.merge(recipient(message) + " " + message.getSubject(), 1, Integer::sum);
        }
        assertThat(perRecipientAndSubject.values())
                .as("each reminder mailed once")
                .containsOnly(1);

        var byRecipient =
                List.of(messages).stream().collect(Collectors.groupingBy(RemindersIT::recipient, Collectors.toList()));
        var goalName = catalog.skill(goalSkill).orElseThrow().name();
        var toNoah = byRecipient.get(DemoPeople.EMPLOYEE);
        assertThat(toNoah).hasSize(3);
        var goalMail = toNoah.stream()
                .filter(message -> subject(message).startsWith("Ihr Entwicklungsziel"))
                .findFirst()
                .orElseThrow();
        assertThat(goalMail.getFrom()[0].toString()).isEqualTo("skills@example.com");
        assertThat(goalMail.getSubject()).startsWith("Ihr Entwicklungsziel in " + goalName + " ist am ");
        assertThat(body(goalMail)).contains("Hallo Noah Fischer,", "  - " + goalName, baseUrl + "/\n");
        assertThat(opens(first, baseUrl, "")).isEqualTo(MySkillsView.class);

        // Noah's stale ratings in one mail, his own skill among them; the certificate expiring in another
        var staleName = catalog.skill(staleSkill).orElseThrow().name();
        var staleMail = toNoah.stream()
                .filter(message -> subject(message).contains("veraltet"))
                .collect(onlyOne());
        assertThat(body(staleMail)).contains("Hallo Noah Fischer,", "  - " + staleName + "\n", baseUrl + "/\n");
        var certificateMail = toNoah.stream()
                .filter(message -> subject(message).startsWith("Ihr Zertifikat " + certification.name() + " läuft am "))
                .collect(onlyOne());
        assertThat(body(certificateMail)).contains("  - " + certification.name() + "\n", baseUrl + "/profile\n");
        assertThat(opens(first, baseUrl, "profile")).isEqualTo(PersonProfileView.class);
        var membersCertificates = byRecipient.get(DemoPeople.MANAGER).stream()
                .filter(message -> subject(message).contains("certificate of your team members"))
                .collect(onlyOne());
        assertThat(body(membersCertificates))
                .contains("  - Noah Fischer: " + certification.name() + ", " + expires + "\n", baseUrl + "/matrix\n");

        var waitingName = catalog.skill(waitingSkill).orElseThrow().name();
        var digest = byRecipient.get(DemoPeople.MANAGER).stream()
                .filter(message -> subject(message).contains("waiting for validation"))
                .toList();
        assertThat(digest).hasSize(1);
        // the demo organisation has hundreds of waiting self-ratings: the in-app digest names them all, the mail the
        // first ones and how many more
        var items =
                first.getBean(ReadNotifications.class).list(Actor.of(maya.id(), Role.MANAGER, Role.EMPLOYEE)).stream()
                        .filter(notification -> notification.kind() == NotificationKind.VALIDATIONS_WAITING)
                        .findFirst()
                        .orElseThrow()
                        .items();
        assertThat(items).contains("Noah Fischer: " + waitingName).hasSizeGreaterThan(SpringMailer.ITEMS_MAILED);
        assertThat(body(digest.getFirst()))
                .contains(
                        "Hello Maya Schmidt,",
                        "  - " + items.getFirst() + "\n",
                        "  - " + items.get(SpringMailer.ITEMS_MAILED - 1) + "\n",
                        "\n… and " + (items.size() - SpringMailer.ITEMS_MAILED) + " more\n",
                        baseUrl + "/matrix\n")
                .doesNotContain("  - " + items.get(SpringMailer.ITEMS_MAILED) + "\n");
        assertThat(opens(first, baseUrl, "matrix")).isEqualTo(TeamMatrixView.class);

        // HR's summary: once, whichever node ran first, with the figures Organisation gaps counts
        var hannah = people.byEmail(DemoPeople.HR).orElseThrow();
        var gaps = first.getBean(AnalyseOrganisationGaps.class).analyse(Actor.of(hannah.id(), Role.HR, Role.EMPLOYEE));
        var targets = gaps.skills().stream()
                .mapToInt(OrganisationSkillCoverage::teamsWithTarget)
                .sum();
        var missed = gaps.skills().stream()
                .mapToInt(OrganisationSkillCoverage::teamsShort)
                .sum();
        var single = gaps.skills().stream()
                .filter(OrganisationSkillCoverage::singlePointOfFailure)
                .count();
        var summary = byRecipient.get(DemoPeople.HR).stream()
                .filter(message -> subject(message).startsWith("The organisation's skills figures on "))
                .collect(onlyOne());
        var inApp = first.getBean(ReadNotifications.class).list(Actor.of(hannah.id(), Role.HR, Role.EMPLOYEE)).stream()
                .filter(notification -> notification.kind() == NotificationKind.ORGANISATION_SUMMARY)
                .collect(onlyOne());
        assertThat(inApp.items())
                .contains("targets-met=" + (targets - missed) + "/" + targets, "single-holder-skills=" + single)
                .anySatisfy(item -> assertThat(item).matches("certificates-expiring=[1-9][0-9]*"));
        assertThat(body(summary))
                .contains(
                        "Hello Hannah Ruiz,",
                        "  - Team targets met: " + number(targets - missed) + " of " + number(targets) + "\n",
                        "  - Single points of failure (skills only one person holds): " + number(single) + "\n",
                        "  - Skills nobody holds: ",
                        "  - Self-ratings waiting long for validation: ",
                        "  - Ratings gone stale: ",
                        "  - Certificates expiring soon: ",
                        "  - Certificates expired recently and not renewed: ",
                        baseUrl + "/organisation-gaps\n");
        assertThat(opens(first, baseUrl, "organisation-gaps")).isEqualTo(OrganisationGapsView.class);
    }

    private static String number(long value) {
        return String.format(Locale.ENGLISH, "%,d", value);
    }

    private ConfigurableApplicationContext start(List<String> settings, String... more) {
        var all = new ArrayList<>(settings);
        all.addAll(List.of(more));
        return nodes.start(all.toArray(String[]::new));
    }

    /** A run, or nothing done while the other node's run held the lock. */
    private static ReminderRun run(ConfigurableApplicationContext node) {
        try {
            return node.getBean(SendReminders.class).runScheduled();
        } catch (Busy e) {
            return new ReminderRun(0, 0, 0, 0);
        }
    }

    /**
     * The view a mail's link to {@code path} opens: the application answers at the link (its sign-in page for
     * someone not signed in, which leads back to the link) and its router shows a view of its own there, the one
     * returned; a link to a path without a view fails.
     */
    private static Class<?> opens(ConfigurableApplicationContext node, String baseUrl, String path) throws Exception {
        var link = baseUrl + "/" + path;
        try (var http = HttpClient.newBuilder()
                .followRedirects(HttpClient.Redirect.NORMAL)
                .build()) {
            var response =
                    http.send(HttpRequest.newBuilder(URI.create(link)).build(), HttpResponse.BodyHandlers.ofString());
            assertThat(response.statusCode()).as(link).isEqualTo(200);
            assertThat(response.uri().toString()).as(link).startsWith(baseUrl + "/");
        }
        var routes = ApplicationRouteRegistry.getInstance(new VaadinServletContext(node.getBean(ServletContext.class)));
        return routes.getNavigationTarget(path).orElseThrow(() -> new AssertionError("no view at " + link));
    }

    private static SkillId skillBelowExpert(JdbcTemplate jdbc, Person person) {
        return new SkillId(jdbc.queryForObject("""
                select s.id from skill s
                where not s.retired and not exists (
                  select 1 from current_rating r where r.person_id = ? and r.skill_id = s.id and r.level >= 4)
                order by s.name limit 1""", UUID.class, person.id().value()));
    }

    private static SkillId skillUnrated(JdbcTemplate jdbc, Person person, SkillId besides) {
        return new SkillId(jdbc.queryForObject(
                """
                select s.id from skill s
                where not s.retired and s.id <> ? and not exists (
                  select 1 from current_rating r where r.person_id = ? and r.skill_id = s.id)
                order by s.name limit 1""", UUID.class, besides.value(), person.id().value()));
    }

    private static <T> java.util.stream.Collector<T, ?, T> onlyOne() {
        return Collectors.collectingAndThen(Collectors.toList(), list -> {
            assertThat(list).hasSize(1);
            return list.getFirst();
        });
    }

    private static SkillId skillWithoutManagerRating(JdbcTemplate jdbc, Person person) {
        return new SkillId(jdbc.queryForObject("""
                select s.id from skill s
                where not s.retired and not exists (
                  select 1 from current_rating r
                  where r.person_id = ? and r.skill_id = s.id and r.manager_at is not null)
                order by s.name desc limit 1""", UUID.class, person.id().value()));
    }

    private static String recipient(MimeMessage message) {
        try {
            return message.getRecipients(Message.RecipientType.TO)[0].toString();
        } catch (jakarta.mail.MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String subject(MimeMessage message) {
        try {
            return message.getSubject();
        } catch (jakarta.mail.MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String body(MimeMessage message) throws IOException, jakarta.mail.MessagingException {
        return ((String) message.getContent()).replace("\r\n", "\n");
    }

    private static int freePort() throws IOException {
        try (var socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
