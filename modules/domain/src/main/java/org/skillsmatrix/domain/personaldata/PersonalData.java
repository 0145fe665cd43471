package org.skillsmatrix.domain.personaldata;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.skillsmatrix.domain.assessment.Assessment;
import org.skillsmatrix.domain.audit.AuditEntry;
import org.skillsmatrix.domain.base.CertificationId;
import org.skillsmatrix.domain.base.SkillId;
import org.skillsmatrix.domain.certification.Certificate;
import org.skillsmatrix.domain.mentoring.DevelopmentGoal;
import org.skillsmatrix.domain.notification.Notification;
import org.skillsmatrix.domain.notification.NotificationSettings;
import org.skillsmatrix.domain.people.Person;
import org.skillsmatrix.domain.team.Team;

/**
 * Everything stored about one person: their record, their teams, the ratings they received (their own included) and
 * gave others, their certificates, development goals, notifications and e-mail setting, and the audit entries about
 * them; with the names of the skills and certifications these name by id.
 */
public record PersonalData(
        Instant exportedAt,
        Person person,
        List<Team> memberOf,
        List<Team> manages,
        List<Assessment> ratingsReceived,
        List<Assessment> ratingsGiven,
        List<Certificate> certificates,
        List<DevelopmentGoal> developmentGoals,
        List<Notification> notifications,
        NotificationSettings notificationSettings,
        List<AuditEntry> auditEntries,
        Map<SkillId, String> skillNames,
        Map<CertificationId, String> certificationNames) {

    public PersonalData {
        memberOf = List.copyOf(memberOf);
        manages = List.copyOf(manages);
        ratingsReceived = List.copyOf(ratingsReceived);
        ratingsGiven = List.copyOf(ratingsGiven);
        certificates = List.copyOf(certificates);
        developmentGoals = List.copyOf(developmentGoals);
        notifications = List.copyOf(notifications);
        auditEntries = List.copyOf(auditEntries);
        skillNames = Map.copyOf(skillNames);
        certificationNames = Map.copyOf(certificationNames);
    }
}
