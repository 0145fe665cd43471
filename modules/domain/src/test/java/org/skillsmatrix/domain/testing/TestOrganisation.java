package org.skillsmatrix.domain.testing;

import static org.skillsmatrix.domain.access.Role.ADMIN;
import static org.skillsmatrix.domain.access.Role.EMPLOYEE;
import static org.skillsmatrix.domain.access.Role.HR;
import static org.skillsmatrix.domain.access.Role.MANAGER;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.skillsmatrix.domain.access.AccessPolicy;
import org.skillsmatrix.domain.access.Actor;
import org.skillsmatrix.domain.access.Role;
import org.skillsmatrix.domain.assessment.Assessment;
import org.skillsmatrix.domain.assessment.ConfirmRatings;
import org.skillsmatrix.domain.assessment.RateOwnSkill;
import org.skillsmatrix.domain.assessment.RateTeamMember;
import org.skillsmatrix.domain.assessment.RatingAge;
import org.skillsmatrix.domain.assessment.ViewSkillProfile;
import org.skillsmatrix.domain.audit.Auditor;
import org.skillsmatrix.domain.base.CategoryId;
import org.skillsmatrix.domain.base.CertificateId;
import org.skillsmatrix.domain.base.CertificationId;
import org.skillsmatrix.domain.base.KeptAnswers;
import org.skillsmatrix.domain.base.PersonId;
import org.skillsmatrix.domain.base.RoleProfileId;
import org.skillsmatrix.domain.base.SkillId;
import org.skillsmatrix.domain.base.TeamId;
import org.skillsmatrix.domain.catalog.BrowseCatalog;
import org.skillsmatrix.domain.catalog.Category;
import org.skillsmatrix.domain.catalog.MaintainCatalog;
import org.skillsmatrix.domain.catalog.Skill;
import org.skillsmatrix.domain.certification.Certificate;
import org.skillsmatrix.domain.certification.CertificateValidity;
import org.skillsmatrix.domain.certification.Certification;
import org.skillsmatrix.domain.certification.CertificationCatalog;
import org.skillsmatrix.domain.certification.CertificationHolders;
import org.skillsmatrix.domain.certification.CertificationTarget;
import org.skillsmatrix.domain.certification.HoldCertificates;
import org.skillsmatrix.domain.certification.SetCertificationTarget;
import org.skillsmatrix.domain.gap.AnalyseOrganisationGaps;
import org.skillsmatrix.domain.gap.AnalysePersonGaps;
import org.skillsmatrix.domain.gap.AnalyseTeamGaps;
import org.skillsmatrix.domain.imports.ImportAssessments;
import org.skillsmatrix.domain.imports.ImportCertificates;
import org.skillsmatrix.domain.imports.ImportLimits;
import org.skillsmatrix.domain.imports.ImportPeople;
import org.skillsmatrix.domain.mentoring.MentorProposals;
import org.skillsmatrix.domain.mentoring.PairingRules;
import org.skillsmatrix.domain.mentoring.ProposeMentors;
import org.skillsmatrix.domain.mentoring.SetDevelopmentGoals;
import org.skillsmatrix.domain.notification.DueReminders;
import org.skillsmatrix.domain.notification.ReadNotifications;
import org.skillsmatrix.domain.notification.ReminderDelivery;
import org.skillsmatrix.domain.notification.ReminderRules;
import org.skillsmatrix.domain.notification.ReminderSelection;
import org.skillsmatrix.domain.notification.SendReminders;
import org.skillsmatrix.domain.notification.TargetCoverage;
import org.skillsmatrix.domain.people.MaintainPeople;
import org.skillsmatrix.domain.people.Person;
import org.skillsmatrix.domain.personaldata.ExportPersonalData;
import org.skillsmatrix.domain.privacy.PrivacyThreshold;
import org.skillsmatrix.domain.profile.MaintainRoleProfiles;
import org.skillsmatrix.domain.profile.RoleProfile;
import org.skillsmatrix.domain.report.ExportLimits;
import org.skillsmatrix.domain.report.ExportReport;
import org.skillsmatrix.domain.report.ReportRenderer;
import org.skillsmatrix.domain.report.ReportSources;
import org.skillsmatrix.domain.report.trend.AnalyseOrganisationTrend;
import org.skillsmatrix.domain.report.trend.AnalyseTeamTrend;
import org.skillsmatrix.domain.retention.AnonymiseLeaver;
import org.skillsmatrix.domain.retention.AnonymiseLeavers;
import org.skillsmatrix.domain.retention.Retention;
import org.skillsmatrix.domain.scale.Interest;
import org.skillsmatrix.domain.scale.Level;
import org.skillsmatrix.domain.search.FindPeopleBySkill;
import org.skillsmatrix.domain.setup.ReadSetupProgress;
import org.skillsmatrix.domain.staffing.ProposeStaffing;
import org.skillsmatrix.domain.team.BrowseTeams;
import org.skillsmatrix.domain.team.MaintainTeams;
import org.skillsmatrix.domain.team.SetTeamTarget;
import org.skillsmatrix.domain.team.Team;
import org.skillsmatrix.domain.team.TeamTarget;
import org.skillsmatrix.domain.whatif.AnalyseWhatIf;
import org.skillsmatrix.domain.whatif.FindKnowledgeAtRisk;

/**
 * A ready world for use-case tests: every port in memory, one access policy, an auditor on a clock that
 * moves only when told, and every use case wired up. The helpers below write straight to the stores, so
 * they leave no audit entries; only the use cases under test do.
 */
public final class TestOrganisation {

    public static final Instant START = Instant.parse("2025-03-03T09:00:00Z");

    public final TestClock clock = new TestClock(START);

    public final InMemoryCatalog catalog = new InMemoryCatalog();
    public final InMemoryScale scale = new InMemoryScale();
    public final InMemoryPeople people = new InMemoryPeople();
    public final InMemoryTeams teams = new InMemoryTeams();
    public final InMemoryTeamTargets targets = new InMemoryTeamTargets();
    public final InMemoryRoleProfiles roleProfiles = new InMemoryRoleProfiles();
    public final InMemoryAssessments assessments = new InMemoryAssessments();
    public final InMemoryAuditLog auditLog = new InMemoryAuditLog();
    public final InMemoryMatrices matrices = new InMemoryMatrices(teams, people, assessments);
    public final InMemoryCoverage coverage = new InMemoryCoverage(catalog, teams, people, targets, assessments);
    public final InMemoryPeopleSearch peopleSearch = new InMemoryPeopleSearch(people, teams, assessments);
    public final InMemoryStaffingCandidates staffingCandidates =
            new InMemoryStaffingCandidates(people, teams, assessments);
    public final InMemoryMatrixRows matrixRows = new InMemoryMatrixRows(teams, people, assessments);
    public final InMemoryLevelCounts levelCounts = new InMemoryLevelCounts(catalog, people, assessments);
    public final RecordingRenderer renderer = new RecordingRenderer();
    public final InMemoryImportLock importLock = new InMemoryImportLock();
    public final InMemoryDevelopmentGoals developmentGoals = new InMemoryDevelopmentGoals();
    public final InMemoryCertifications certifications = new InMemoryCertifications();
    public final InMemoryCertificates certificates = new InMemoryCertificates();
    public final InMemoryCertificationTargets certificationTargets = new InMemoryCertificationTargets();

    public final AccessPolicy policy = new AccessPolicy(teams);
    /**
     * Shows every count, so that tests of small organisations see their figures; privacy tests build their use
     * cases with a threshold of their own.
     */
    public final PrivacyThreshold privacy = new PrivacyThreshold(1);

    public final Auditor auditor = new Auditor(auditLog, clock);
    public final RatingAge ratingAge = new RatingAge(RatingAge.DEFAULT_STALE_AFTER, false, clock);
    public final CertificateValidity certificateValidity =
            new CertificateValidity(CertificateValidity.DEFAULT_EXPIRING_WITHIN, clock);

    public final BrowseCatalog browseCatalog = new BrowseCatalog(catalog, scale, policy);
    public final MaintainCatalog maintainCatalog = new MaintainCatalog(catalog, scale, policy, auditor);
    public final MaintainPeople maintainPeople = new MaintainPeople(people, roleProfiles, policy, auditor);
    public final MaintainTeams maintainTeams = new MaintainTeams(teams, people, policy, auditor);
    public final SetTeamTarget setTeamTarget = new SetTeamTarget(targets, teams, catalog, policy, auditor);
    public final MaintainRoleProfiles maintainRoleProfiles =
            new MaintainRoleProfiles(roleProfiles, catalog, policy, auditor);
    public final RateOwnSkill rateOwnSkill = new RateOwnSkill(assessments, catalog, people, policy, auditor, clock);
    public final RateTeamMember rateTeamMember =
            new RateTeamMember(assessments, catalog, people, policy, auditor, clock);
    public final ViewSkillProfile viewSkillProfile = new ViewSkillProfile(assessments, matrices, people, policy);
    public final ConfirmRatings confirmRatings =
            new ConfirmRatings(assessments, catalog, people, policy, auditor, ratingAge, clock);
    public final CertificationHolders certificationHolders =
            new CertificationHolders(certificationTargets, certifications, certificates, certificateValidity);
    public final AnalyseTeamGaps analyseTeamGaps = new AnalyseTeamGaps(
            coverage, matrices, targets, teams, catalog, people, policy, ratingAge, certificationHolders);
    public final AnalyseOrganisationGaps analyseOrganisationGaps =
            new AnalyseOrganisationGaps(coverage, people, policy, privacy);
    public final AnalysePersonGaps analysePersonGaps =
            new AnalysePersonGaps(people, roleProfiles, assessments, catalog, policy);
    public final FindPeopleBySkill findPeopleBySkill = new FindPeopleBySkill(peopleSearch, catalog, policy);
    public final InMemoryTargetHolders targetHolders =
            new InMemoryTargetHolders(catalog, people, teams, targets, assessments);
    public final ReportSources reportSources = new ReportSources(
            catalog,
            scale,
            people,
            teams,
            assessments,
            roleProfiles,
            coverage,
            matrixRows,
            levelCounts,
            developmentGoals,
            targets,
            targetHolders,
            ratingAge,
            staffingCandidates,
            certificationHolders);
    public final AnalyseWhatIf analyseWhatIf = new AnalyseWhatIf(
            teams,
            targets,
            certificationHolders,
            matrices,
            assessments,
            coverage,
            peopleSearch,
            catalog,
            people,
            policy,
            privacy);
    public final ExportReport exportReport = new ExportReport(
            reportSources, renderer, policy, auditor, clock, ExportLimits.DEFAULT, privacy, analyseWhatIf);
    public final FindKnowledgeAtRisk findKnowledgeAtRisk = new FindKnowledgeAtRisk(coverage, teams, people, policy);
    public final InMemoryMentorCandidates mentorCandidates =
            new InMemoryMentorCandidates(catalog, teams, people, targets, roleProfiles, assessments::current);
    public final ProposeMentors proposeMentors = proposeMentors(PairingRules.DEFAULT_MENTOR_CAP, KeptAnswers.none());
    public final SetDevelopmentGoals setDevelopmentGoals = new SetDevelopmentGoals(
            developmentGoals, assessments, catalog, people, policy, auditor, clock, PairingRules.DEFAULT_MENTOR_CAP);
    public final ProposeStaffing proposeStaffing = new ProposeStaffing(staffingCandidates, catalog, teams, policy);
    public final AnalyseOrganisationTrend analyseOrganisationTrend =
            new AnalyseOrganisationTrend(targetHolders, levelCounts, catalog, policy, clock);
    public final AnalyseTeamTrend analyseTeamTrend =
            new AnalyseTeamTrend(teams, people, targets, catalog, assessments, policy, clock);
    public final BrowseTeams browseTeams = new BrowseTeams(teams, people, policy);
    public final ReadSetupProgress readSetupProgress =
            new ReadSetupProgress(teams, roleProfiles, auditLog, targets, assessments, policy);
    public final CertificationCatalog certificationCatalog =
            new CertificationCatalog(certifications, catalog, policy, auditor);
    public final SetCertificationTarget setCertificationTarget =
            new SetCertificationTarget(certificationTargets, certifications, teams, policy, auditor);
    public final HoldCertificates holdCertificates = new HoldCertificates(
            certificates, certifications, people, teams, policy, auditor, certificateValidity, clock);
    public final InMemoryNotifications notifications = new InMemoryNotifications();
    public final InMemoryReminderSources reminderSources =
            new InMemoryReminderSources(assessments, certificates, catalog, people);
    public final InMemoryTargetWatches targetWatches = new InMemoryTargetWatches();
    public final RecordingMailer mailer = new RecordingMailer();
    public final InMemoryClusterLock reminderLock = new InMemoryClusterLock();
    public final SendReminders sendReminders = sendRemindersWith(ReminderRules.defaults());
    public final ReadNotifications readNotifications = new ReadNotifications(notifications, policy, clock);
    public final ExportPersonalData exportPersonalData = new ExportPersonalData(
            people,
            teams,
            assessments,
            certificates,
            certifications,
            developmentGoals,
            notifications,
            auditLog,
            catalog,
            new RecordingPersonalDataJson(),
            policy,
            auditor,
            clock);
    public final InMemoryLeavers leavers = new InMemoryLeavers();
    public final InMemoryClusterLock retentionLock = new InMemoryClusterLock();
    public final AnonymiseLeaver anonymiseLeaver = new AnonymiseLeaver(leavers, auditor, clock);
    public final AnonymiseLeavers anonymiseLeavers =
            new AnonymiseLeavers(Retention.never(), leavers, anonymiseLeaver, retentionLock, policy, clock);
    public final SimpleCsvReader csvReader = new SimpleCsvReader();
    public final ImportPeople importPeople =
            new ImportPeople(people, teams, roleProfiles, csvReader, policy, auditor, ImportLimits.DEFAULT, importLock);
    public final ImportAssessments importAssessments = new ImportAssessments(
            assessments, people, teams, catalog, csvReader, policy, auditor, clock, ImportLimits.DEFAULT, importLock);
    public final ImportCertificates importCertificates = new ImportCertificates(
            certificates, certifications, people, csvReader, policy, auditor, clock, ImportLimits.DEFAULT, importLock);

    private @Nullable Category defaultCategory;

    /** The reminders on this organisation under other rules, such as with HR's organisation summary on. */
    public SendReminders sendRemindersWith(ReminderRules rules) {
        return new SendReminders(
                new DueReminders(
                        new ReminderSelection(rules),
                        developmentGoals,
                        reminderSources,
                        teams,
                        catalog,
                        people,
                        new TargetCoverage(analyseTeamGaps, targets, certificationHolders, people),
                        targetWatches,
                        certifications,
                        ratingAge,
                        certificateValidity,
                        coverage),
                new ReminderDelivery(notifications, mailer),
                reminderLock,
                policy,
                auditor,
                clock);
    }

    /** The export use case on this organisation, writing with another renderer (a real one, in adapter tests). */
    public ExportReport exportReportWith(ReportRenderer reportRenderer) {
        return exportReportWith(reportRenderer, privacy);
    }

    /** The export use case on this organisation, with another renderer and privacy threshold. */
    public ExportReport exportReportWith(ReportRenderer reportRenderer, PrivacyThreshold threshold) {
        return new ExportReport(
                reportSources,
                reportRenderer,
                policy,
                auditor,
                clock,
                ExportLimits.DEFAULT,
                threshold,
                new AnalyseWhatIf(
                        teams,
                        targets,
                        certificationHolders,
                        matrices,
                        assessments,
                        coverage,
                        peopleSearch,
                        catalog,
                        people,
                        policy,
                        threshold));
    }

    /** The what-if use case on this organisation, with another privacy threshold. */
    public AnalyseWhatIf analyseWhatIfWith(PrivacyThreshold threshold) {
        return new AnalyseWhatIf(
                teams,
                targets,
                certificationHolders,
                matrices,
                assessments,
                coverage,
                peopleSearch,
                catalog,
                people,
                policy,
                threshold);
    }

    // --- catalog

    public Category category(String name) {
        return catalog.add(new Category(
                CategoryId.random(), name, null, catalog.categories().size() + 1, 0));
    }

    /** A skill in a category named "Back-end", made on first use. */
    public Skill skill(String name) {
        if (defaultCategory == null) {
            defaultCategory = category("Back-end");
        }
        return skill(defaultCategory, name);
    }

    public Skill skill(Category category, String name) {
        int position = (int) catalog.skills().stream()
                        .filter(skill -> skill.category().equals(category.id()))
                        .count()
                + 1;
        return catalog.add(new Skill(SkillId.random(), category.id(), name, null, position, false, 0));
    }

    public Skill retiredSkill(String name) {
        return catalog.update(skill(name).retire());
    }

    // --- people and teams

    /** An active person with the e-mail {@code first.last@example.com}. */
    public Person person(String name) {
        var email = name.toLowerCase(Locale.ROOT).replace(' ', '.') + "@example.com";
        return people.add(new Person(PersonId.random(), name, email, null, true, 0));
    }

    public Person inactivePerson(String name) {
        return people.update(person(name).withActive(false));
    }

    public Person measuredBy(Person person, RoleProfile profile) {
        return people.update(person.with(person.name(), person.email(), profile.id()));
    }

    public Team team(String name, Collection<Person> members, Collection<Person> managers) {
        return teams.add(new Team(TeamId.random(), name, ids(members), ids(managers), 0));
    }

    public TeamTarget target(Team team, Skill skill, Level level, int headcount) {
        return targets.add(new TeamTarget(team.id(), skill.id(), level, headcount, 0));
    }

    // --- certifications

    public Certification certification(String name) {
        return certifications.add(new Certification(CertificationId.random(), name, null, 0));
    }

    /** A certificate the person holds, recorded now, neither verified nor with evidence. */
    public Certificate certificate(Person person, Certification certification, LocalDate issued, LocalDate expires) {
        return certificates.add(new Certificate(
                CertificateId.random(),
                person.id(),
                certification.id(),
                issued,
                expires,
                null,
                clock.instant(),
                null,
                null,
                0));
    }

    public CertificationTarget certificationTarget(Team team, Certification certification, int holders) {
        return certificationTargets.add(new CertificationTarget(team.id(), certification.id(), holders, 0));
    }

    public RoleProfile roleProfile(String name, Map<SkillId, Level> expectations) {
        return roleProfiles.add(new RoleProfile(RoleProfileId.random(), name, expectations, 0));
    }

    // --- ratings, each a minute after the one before

    public Assessment selfRated(Person person, Skill skill, Level level) {
        return selfRated(person, skill, level, Interest.NEUTRAL);
    }

    public Assessment selfRated(Person person, Skill skill, Level level, Interest interest) {
        return appended(Assessment.self(person.id(), skill.id(), level, interest, clock.instant(), null));
    }

    public Assessment managerRated(Person manager, Person person, Skill skill, Level level) {
        return appended(Assessment.byManager(person.id(), skill.id(), level, manager.id(), clock.instant(), null));
    }

    private Assessment appended(Assessment assessment) {
        assessments.append(assessment);
        clock.advance(Duration.ofMinutes(1));
        return assessment;
    }

    // --- actors

    public static Actor actor(Person person, Role... roles) {
        return Actor.of(person.id(), roles);
    }

    public static Actor employee(Person person) {
        return actor(person, EMPLOYEE);
    }

    public static Actor manager(Person person) {
        return actor(person, MANAGER, EMPLOYEE);
    }

    public static Actor hr(Person person) {
        return actor(person, HR, EMPLOYEE);
    }

    public static Actor admin(Person person) {
        return actor(person, ADMIN, EMPLOYEE);
    }

    private static Set<PersonId> ids(Collection<Person> people) {
        return people.stream().map(Person::id).collect(Collectors.toSet());
    }

    /** Mentor pairing on this organisation with another cap, or keeping its proposals in these kept answers. */
    public ProposeMentors proposeMentors(int mentorCap, KeptAnswers<MentorProposals> kept) {
        return new ProposeMentors(mentorCandidates, developmentGoals, teams, catalog, people, policy, mentorCap, kept);
    }
}
