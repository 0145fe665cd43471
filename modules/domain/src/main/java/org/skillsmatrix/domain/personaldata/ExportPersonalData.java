package org.skillsmatrix.domain.personaldata;

import jakarta.transaction.Transactional;
import java.io.IOException;
import java.io.OutputStream;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.skillsmatrix.domain.access.AccessPolicy;
import org.skillsmatrix.domain.access.Action;
import org.skillsmatrix.domain.access.Actor;
import org.skillsmatrix.domain.assessment.Assessments;
import org.skillsmatrix.domain.audit.AuditEntry;
import org.skillsmatrix.domain.audit.AuditFilter;
import org.skillsmatrix.domain.audit.AuditLog;
import org.skillsmatrix.domain.audit.AuditOrder;
import org.skillsmatrix.domain.audit.Auditor;
import org.skillsmatrix.domain.base.NotFound;
import org.skillsmatrix.domain.base.PageRequest;
import org.skillsmatrix.domain.base.PersonId;
import org.skillsmatrix.domain.catalog.Catalog;
import org.skillsmatrix.domain.catalog.Skill;
import org.skillsmatrix.domain.certification.Certificates;
import org.skillsmatrix.domain.certification.Certification;
import org.skillsmatrix.domain.certification.Certifications;
import org.skillsmatrix.domain.mentoring.DevelopmentGoals;
import org.skillsmatrix.domain.notification.Notifications;
import org.skillsmatrix.domain.people.People;
import org.skillsmatrix.domain.team.Teams;

/**
 * Use case: HR exports everything stored about one person, for a data-subject request, as JSON. Read in one
 * transaction, so the document is one consistent picture; audited, naming the person by id.
 */
@Transactional
public class ExportPersonalData {

    /** How many audit entries are read at a time. */
    static final int AUDIT_PAGE = 500;

    private final People people;
    private final Teams teams;
    private final Assessments assessments;
    private final Certificates certificates;
    private final Certifications certifications;
    private final DevelopmentGoals goals;
    private final Notifications notifications;
    private final AuditLog audit;
    private final Catalog catalog;
    private final PersonalDataJson json;
    private final AccessPolicy policy;
    private final Auditor auditor;
    private final Clock clock;

    public ExportPersonalData(
            People people,
            Teams teams,
            Assessments assessments,
            Certificates certificates,
            Certifications certifications,
            DevelopmentGoals goals,
            Notifications notifications,
            AuditLog audit,
            Catalog catalog,
            PersonalDataJson json,
            AccessPolicy policy,
            Auditor auditor,
            Clock clock) {
        this.people = people;
        this.teams = teams;
        this.assessments = assessments;
        this.certificates = certificates;
        this.certifications = certifications;
        this.goals = goals;
        this.notifications = notifications;
        this.audit = audit;
        this.catalog = catalog;
        this.json = json;
        this.policy = policy;
        this.auditor = auditor;
        this.clock = clock;
    }

    /** Whether the actor may export the person's data: what a view shows the button for. */
    public boolean mayExport(Actor actor, PersonId person) {
        return policy.allows(actor, new Action.ExportPersonalData(person));
    }

    /** Everything stored about the person; fails with NotFound for an id nobody has. Audited. */
    public PersonalData read(Actor actor, PersonId id) {
        policy.check(actor, new Action.ExportPersonalData(id));
        var person = people.byId(id).orElseThrow(() -> new NotFound("Person", id));
        var allTeams = teams.all();
        var data = new PersonalData(
                clock.instant(),
                person,
                allTeams.stream().filter(team -> team.members().contains(id)).toList(),
                allTeams.stream().filter(team -> team.managers().contains(id)).toList(),
                assessments.history(id),
                assessments.givenBy(id),
                certificates.of(List.of(id)),
                goals.of(id),
                notifications.of(id, Integer.MAX_VALUE),
                notifications.settings(id),
                auditAbout(id),
                catalog.skills().stream().collect(Collectors.toMap(Skill::id, Skill::name)),
                certifications.all().stream().collect(Collectors.toMap(Certification::id, Certification::name)));
        auditor.record(
                actor,
                "person.exported",
                id,
                "Personal data exported: " + data.ratingsReceived().size() + " ratings received, "
                        + data.ratingsGiven().size() + " given, "
                        + data.certificates().size() + " certificates, "
                        + data.developmentGoals().size() + " development goals, "
                        + data.notifications().size()
                        + " notifications, " + data.auditEntries().size() + " audit entries");
        return data;
    }

    /** Writes what {@link #read} found as one JSON document. */
    public void write(PersonalData data, OutputStream out) throws IOException {
        json.write(data, out);
    }

    private List<AuditEntry> auditAbout(PersonId id) {
        var entries = new ArrayList<AuditEntry>();
        for (int page = 0; ; page++) {
            var read = audit.page(AuditFilter.about(id), new PageRequest<>(page, AUDIT_PAGE, AuditOrder.AT, false))
                    .items();
            entries.addAll(read);
            if (read.size() < AUDIT_PAGE) {
                return entries;
            }
        }
    }
}
