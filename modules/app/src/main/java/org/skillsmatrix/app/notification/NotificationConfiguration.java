package org.skillsmatrix.app.notification;

import java.time.Clock;
import org.skillsmatrix.domain.access.AccessPolicy;
import org.skillsmatrix.domain.assessment.RatingAge;
import org.skillsmatrix.domain.audit.Auditor;
import org.skillsmatrix.domain.catalog.Catalog;
import org.skillsmatrix.domain.certification.CertificateValidity;
import org.skillsmatrix.domain.certification.CertificationHolders;
import org.skillsmatrix.domain.certification.Certifications;
import org.skillsmatrix.domain.gap.AnalyseTeamGaps;
import org.skillsmatrix.domain.gap.Coverage;
import org.skillsmatrix.domain.mentoring.DevelopmentGoals;
import org.skillsmatrix.domain.notification.DueReminders;
import org.skillsmatrix.domain.notification.Mailer;
import org.skillsmatrix.domain.notification.Notifications;
import org.skillsmatrix.domain.notification.ReadNotifications;
import org.skillsmatrix.domain.notification.ReminderDelivery;
import org.skillsmatrix.domain.notification.ReminderLock;
import org.skillsmatrix.domain.notification.ReminderSelection;
import org.skillsmatrix.domain.notification.ReminderSources;
import org.skillsmatrix.domain.notification.SendReminders;
import org.skillsmatrix.domain.notification.TargetCoverage;
import org.skillsmatrix.domain.notification.TargetWatches;
import org.skillsmatrix.domain.people.People;
import org.skillsmatrix.domain.team.TeamTargets;
import org.skillsmatrix.domain.team.Teams;
import org.skillsmatrix.ui.base.BrowserLocale;
import org.skillsmatrix.ui.base.CurrentUser;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.scheduling.annotation.EnableScheduling;

/** The reminder and notification use cases, the mailer, and the schedule. */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
class NotificationConfiguration {

    @Bean
    Mailer mailer(ObjectProvider<JavaMailSender> sender, ReminderProperties properties) {
        return new SpringMailer(sender, properties);
    }

    @Bean
    SendReminders sendReminders(
            ReminderProperties properties,
            DevelopmentGoals goals,
            ReminderSources sources,
            Teams teams,
            Catalog catalog,
            People people,
            Notifications notifications,
            Mailer mailer,
            ReminderLock lock,
            AccessPolicy policy,
            Auditor auditor,
            Clock clock,
            AnalyseTeamGaps gaps,
            TeamTargets targets,
            CertificationHolders certificationHolders,
            TargetWatches watches,
            Certifications certifications,
            RatingAge age,
            CertificateValidity validity,
            Coverage coverage) {
        var due = new DueReminders(
                new ReminderSelection(properties.rules()),
                goals,
                sources,
                teams,
                catalog,
                people,
                new TargetCoverage(gaps, targets, certificationHolders, people),
                watches,
                certifications,
                age,
                validity,
                coverage);
        return new SendReminders(due, new ReminderDelivery(notifications, mailer), lock, policy, auditor, clock);
    }

    @Bean
    ReadNotifications readNotifications(Notifications notifications, AccessPolicy policy, Clock clock) {
        return new ReadNotifications(notifications, policy, clock);
    }

    /** Each page in its person's language, wherever they sign in. */
    @Bean
    BrowserLocale browserLocale(CurrentUser currentUser, ReadNotifications notifications) {
        return new BrowserLocale(currentUser, notifications);
    }
}
