package org.skillsmatrix.domain.notification;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.skillsmatrix.domain.assessment.RatingAge;
import org.skillsmatrix.domain.base.PersonId;
import org.skillsmatrix.domain.catalog.Catalog;
import org.skillsmatrix.domain.catalog.Skill;
import org.skillsmatrix.domain.certification.Certificate;
import org.skillsmatrix.domain.certification.CertificateValidity;
import org.skillsmatrix.domain.certification.Certification;
import org.skillsmatrix.domain.certification.Certifications;
import org.skillsmatrix.domain.certification.HeldCertificate;
import org.skillsmatrix.domain.gap.Coverage;
import org.skillsmatrix.domain.mentoring.DevelopmentGoal;
import org.skillsmatrix.domain.mentoring.DevelopmentGoals;
import org.skillsmatrix.domain.people.People;
import org.skillsmatrix.domain.people.Person;
import org.skillsmatrix.domain.team.Team;
import org.skillsmatrix.domain.team.Teams;

/**
 * The reminders due at a moment, of every kind: reads what each kind is about (open goals, self-ratings waiting,
 * stale ratings, certificates expiring, the teams' coverage of their targets, and where HR's summary is on the
 * organisation's coverage) and the people they name in one go, and lets {@link ReminderSelection} choose. Keeps what
 * the targets' check found for the next run.
 */
public class DueReminders {

    private static final System.Logger LOG = System.getLogger(DueReminders.class.getName());

    private final ReminderSelection selection;
    private final DevelopmentGoals goals;
    private final ReminderSources sources;
    private final Teams teams;
    private final Catalog catalog;
    private final People people;
    private final TargetCoverage targetCoverage;
    private final TargetWatches watches;
    private final Certifications certifications;
    private final RatingAge age;
    private final CertificateValidity validity;
    private final Coverage organisationCoverage;

    public DueReminders(
            ReminderSelection selection,
            DevelopmentGoals goals,
            ReminderSources sources,
            Teams teams,
            Catalog catalog,
            People people,
            TargetCoverage targetCoverage,
            TargetWatches watches,
            Certifications certifications,
            RatingAge age,
            CertificateValidity validity,
            Coverage organisationCoverage) {
        this.selection = selection;
        this.goals = goals;
        this.sources = sources;
        this.teams = teams;
        this.catalog = catalog;
        this.people = people;
        this.targetCoverage = targetCoverage;
        this.watches = watches;
        this.certifications = certifications;
        this.age = age;
        this.validity = validity;
        this.organisationCoverage = organisationCoverage;
    }

    /** The reminders due and the people they are for or about, by id. */
    public record Found(List<Reminder> reminders, Map<PersonId, Person> people) {

        public Found {
            reminders = List.copyOf(reminders);
            people = Map.copyOf(people);
        }
    }

    /** Selects the reminders due at {@code now}, {@code zone} telling which day it is. */
    public Found at(Instant now, ZoneId zone) {
        var today = LocalDate.ofInstant(now, zone);
        var openGoals = goals.open();
        var waiting =
                sources.selfRatingsWaitingSince(now.minus(selection.rules().validationWait()));
        var stale = sources.ratingsStatedBefore(age.cutoff());
        var window = validity.expiringWithin();
        var certificates = held(sources.latestCertificatesExpiring(today.minus(window), today.plus(window)));
        var allTeams = teams.all();
        var coverage = targetCoverage.ofTeamsWithTargets(allTeams);
        var named = new HashSet<PersonId>();
        openGoals.stream().map(DevelopmentGoal::learner).forEach(named::add);
        waiting.stream().map(WaitingSelfRating::person).forEach(named::add);
        stale.stream().map(StaleRating::person).forEach(named::add);
        certificates.stream().map(held -> held.certificate().person()).forEach(named::add);
        allTeams.stream().map(Team::managers).forEach(named::addAll);
        var summaryRecipients = summaryRecipients();
        summaryRecipients.stream().map(Person::id).forEach(named::add);
        var byId = people.byIds(named);
        var skillNames = catalog.skills().stream().collect(Collectors.toMap(Skill::id, Skill::name));

        var reminders = new ArrayList<Reminder>();
        reminders.addAll(selection.goalsDue(today, openGoals, byId, skillNames));
        reminders.addAll(selection.validationsWaiting(today, waiting, allTeams, byId, skillNames));
        reminders.addAll(selection.ratingsStale(today, stale, byId, skillNames));
        reminders.addAll(selection.certificatesExpiring(certificates, byId));
        reminders.addAll(selection.membersCertificatesExpiring(today, certificates, allTeams, byId));
        var certificationTargets = targetCoverage.ofCertificationTargets(allTeams);
        var targets =
                selection.targetsNewlyUnmet(today, coverage, certificationTargets, watches.all(), byId, skillNames);
        // kept before the reminders are stored: a run that stops in between selects the same reminders next time
        watches.replaceAll(targets.watches());
        reminders.addAll(targets.reminders());
        if (!summaryRecipients.isEmpty()) {
            var figures = OrganisationFigures.of(
                    organisationCoverage.ofOrganisation(),
                    certificationTargets.values(),
                    waiting.size(),
                    stale.size(),
                    certificates);
            reminders.addAll(selection.organisationSummary(today, figures, summaryRecipients));
        }
        return new Found(reminders, byId);
    }

    /**
     * The people HR's summary goes to, found by e-mail; none while it is off. A recipient named but not stored is
     * logged as a warning, as the operator will want to correct the setting.
     */
    private List<Person> summaryRecipients() {
        var summary = selection.rules().summary();
        if (!summary.enabled()) {
            return List.of();
        }
        var found = new ArrayList<Person>();
        for (var email : summary.recipients()) {
            var person = people.byEmail(email);
            person.ifPresent(found::add);
            if (person.isEmpty()) {
                LOG.log(
                        System.Logger.Level.WARNING,
                        "The organisation summary is not sent to {0}: nobody with that e-mail is stored",
                        email);
            }
        }
        return List.copyOf(found);
    }

    private List<HeldCertificate> held(List<Certificate> certificates) {
        var byId = certifications.all().stream().collect(Collectors.toMap(Certification::id, c -> c));
        var held = new ArrayList<HeldCertificate>();
        for (var certificate : certificates) {
            var certification = byId.get(certificate.certification());
            if (certification != null) {
                held.add(new HeldCertificate(certificate, certification, validity.status(certificate)));
            }
        }
        return held;
    }
}
