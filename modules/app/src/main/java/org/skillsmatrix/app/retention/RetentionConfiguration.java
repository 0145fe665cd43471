package org.skillsmatrix.app.retention;

import java.time.Clock;
import org.skillsmatrix.domain.access.AccessPolicy;
import org.skillsmatrix.domain.assessment.Assessments;
import org.skillsmatrix.domain.audit.AuditLog;
import org.skillsmatrix.domain.audit.Auditor;
import org.skillsmatrix.domain.catalog.Catalog;
import org.skillsmatrix.domain.certification.Certificates;
import org.skillsmatrix.domain.certification.Certifications;
import org.skillsmatrix.domain.mentoring.DevelopmentGoals;
import org.skillsmatrix.domain.notification.Notifications;
import org.skillsmatrix.domain.people.People;
import org.skillsmatrix.domain.personaldata.ExportPersonalData;
import org.skillsmatrix.domain.retention.AnonymiseLeaver;
import org.skillsmatrix.domain.retention.AnonymiseLeavers;
import org.skillsmatrix.domain.retention.Leavers;
import org.skillsmatrix.domain.retention.RetentionLock;
import org.skillsmatrix.domain.team.Teams;
import org.skillsmatrix.reporting.json.PersonalDataJsonWriter;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The anonymisation of the people who left, and HR's export of everything stored about one person. */
@Configuration(proxyBeanMethods = false)
class RetentionConfiguration {

    @Bean
    AnonymiseLeaver anonymiseLeaver(Leavers leavers, Auditor auditor, Clock clock) {
        return new AnonymiseLeaver(leavers, auditor, clock);
    }

    @Bean
    ExportPersonalData exportPersonalData(
            People people,
            Teams teams,
            Assessments assessments,
            Certificates certificates,
            Certifications certifications,
            DevelopmentGoals goals,
            Notifications notifications,
            AuditLog audit,
            Catalog catalog,
            AccessPolicy policy,
            Auditor auditor,
            Clock clock) {
        return new ExportPersonalData(
                people,
                teams,
                assessments,
                certificates,
                certifications,
                goals,
                notifications,
                audit,
                catalog,
                new PersonalDataJsonWriter(),
                policy,
                auditor,
                clock);
    }

    @Bean
    AnonymiseLeavers anonymiseLeavers(
            RetentionProperties properties,
            Leavers leavers,
            AnonymiseLeaver anonymiseLeaver,
            RetentionLock lock,
            AccessPolicy policy,
            Clock clock) {
        return new AnonymiseLeavers(properties.retention(), leavers, anonymiseLeaver, lock, policy, clock);
    }
}
