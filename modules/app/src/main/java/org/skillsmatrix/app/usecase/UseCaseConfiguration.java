package org.skillsmatrix.app.usecase;

import java.time.Clock;
import java.time.Duration;
import org.skillsmatrix.domain.access.AccessPolicy;
import org.skillsmatrix.domain.assessment.Assessments;
import org.skillsmatrix.domain.assessment.ConfirmRatings;
import org.skillsmatrix.domain.assessment.Matrices;
import org.skillsmatrix.domain.assessment.RateOwnSkill;
import org.skillsmatrix.domain.assessment.RateTeamMember;
import org.skillsmatrix.domain.assessment.RatingAge;
import org.skillsmatrix.domain.assessment.ViewSkillProfile;
import org.skillsmatrix.domain.audit.AuditLog;
import org.skillsmatrix.domain.audit.Auditor;
import org.skillsmatrix.domain.audittrail.ReadAuditTrail;
import org.skillsmatrix.domain.calibration.CalibrateTeam;
import org.skillsmatrix.domain.catalog.BrowseCatalog;
import org.skillsmatrix.domain.catalog.Catalog;
import org.skillsmatrix.domain.catalog.MaintainCatalog;
import org.skillsmatrix.domain.certification.CertificateValidity;
import org.skillsmatrix.domain.certification.Certificates;
import org.skillsmatrix.domain.certification.CertificationCatalog;
import org.skillsmatrix.domain.certification.CertificationHolders;
import org.skillsmatrix.domain.certification.CertificationTargets;
import org.skillsmatrix.domain.certification.Certifications;
import org.skillsmatrix.domain.certification.HoldCertificates;
import org.skillsmatrix.domain.certification.SetCertificationTarget;
import org.skillsmatrix.domain.conflict.ExplainConflict;
import org.skillsmatrix.domain.gap.AnalyseOrganisationGaps;
import org.skillsmatrix.domain.gap.AnalysePersonGaps;
import org.skillsmatrix.domain.gap.AnalyseTeamGaps;
import org.skillsmatrix.domain.gap.Coverage;
import org.skillsmatrix.domain.imports.CsvReader;
import org.skillsmatrix.domain.imports.ImportAssessments;
import org.skillsmatrix.domain.imports.ImportCertificates;
import org.skillsmatrix.domain.imports.ImportLimits;
import org.skillsmatrix.domain.imports.ImportLock;
import org.skillsmatrix.domain.imports.ImportPeople;
import org.skillsmatrix.domain.mentoring.DevelopmentGoals;
import org.skillsmatrix.domain.mentoring.MentorCandidates;
import org.skillsmatrix.domain.mentoring.MentorProposals;
import org.skillsmatrix.domain.mentoring.ProposeMentors;
import org.skillsmatrix.domain.mentoring.SetDevelopmentGoals;
import org.skillsmatrix.domain.people.MaintainPeople;
import org.skillsmatrix.domain.people.People;
import org.skillsmatrix.domain.profile.MaintainRoleProfiles;
import org.skillsmatrix.domain.profile.RoleProfiles;
import org.skillsmatrix.domain.readmodel.MaintainReadModel;
import org.skillsmatrix.domain.readmodel.ReadModel;
import org.skillsmatrix.domain.report.ExportLimits;
import org.skillsmatrix.domain.report.ExportReport;
import org.skillsmatrix.domain.report.LevelCounts;
import org.skillsmatrix.domain.report.MatrixRows;
import org.skillsmatrix.domain.report.ReportRenderer;
import org.skillsmatrix.domain.report.ReportSources;
import org.skillsmatrix.domain.report.trend.AnalyseOrganisationTrend;
import org.skillsmatrix.domain.report.trend.AnalyseTeamTrend;
import org.skillsmatrix.domain.report.trend.TargetHolders;
import org.skillsmatrix.domain.scale.Scale;
import org.skillsmatrix.domain.search.FindPeopleBySkill;
import org.skillsmatrix.domain.search.PeopleSearch;
import org.skillsmatrix.domain.setup.ReadSetupProgress;
import org.skillsmatrix.domain.staffing.ProposeStaffing;
import org.skillsmatrix.domain.staffing.StaffingCandidates;
import org.skillsmatrix.domain.team.BrowseTeams;
import org.skillsmatrix.domain.team.MaintainTeams;
import org.skillsmatrix.domain.team.SetTeamTarget;
import org.skillsmatrix.domain.team.TeamTargets;
import org.skillsmatrix.domain.team.Teams;
import org.skillsmatrix.domain.whatif.AnalyseWhatIf;
import org.skillsmatrix.domain.whatif.FindKnowledgeAtRisk;
import org.skillsmatrix.persistence.base.ReadModelChanges;
import org.skillsmatrix.reporting.ReportFileWriter;
import org.skillsmatrix.reporting.csv.AuditCsv;
import org.skillsmatrix.reporting.csv.CsvFileReader;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The domain's use cases as beans. Each is annotated {@code jakarta.transaction.Transactional}, which
 * Spring honours: one transaction per use case call.
 */
@Configuration(proxyBeanMethods = false)
class UseCaseConfiguration {

    /**
     * How long a read waits for large mentor proposals computed anew after a change; past it the read is given those
     * kept before. The organisation's take seconds to compute at ten thousand people.
     */
    private static final Duration MENTOR_PROPOSALS_PATIENCE = Duration.ofMillis(250);

    /**
     * The organisation's mentor proposals (a team's are taken from them), for more learning needs than this (paired or
     * not), are computed anew aside after a change: a few thousand people's; a smaller organisation's are computed by
     * their reader. They are computed aside at the start too where more ratings than this want to grow.
     */
    static final int LARGE_MENTOR_PROPOSALS = 2_000;

    /** Ticks in microseconds, the precision PostgreSQL keeps, so what a use case returns is what is stored. */
    @Bean
    Clock clock() {
        return Clock.tick(Clock.systemUTC(), Duration.ofNanos(1_000));
    }

    @Bean
    AccessPolicy accessPolicy(Teams teams) {
        return new AccessPolicy(teams);
    }

    @Bean
    Auditor auditor(AuditLog log, Clock clock) {
        return new Auditor(log, clock);
    }

    @Bean
    BrowseCatalog browseCatalog(Catalog catalog, Scale scale, AccessPolicy policy) {
        return new BrowseCatalog(catalog, scale, policy);
    }

    @Bean
    MaintainCatalog maintainCatalog(Catalog catalog, Scale scale, AccessPolicy policy, Auditor auditor) {
        return new MaintainCatalog(catalog, scale, policy, auditor);
    }

    @Bean
    MaintainPeople maintainPeople(People people, RoleProfiles profiles, AccessPolicy policy, Auditor auditor) {
        return new MaintainPeople(people, profiles, policy, auditor);
    }

    @Bean
    MaintainTeams maintainTeams(Teams teams, People people, AccessPolicy policy, Auditor auditor) {
        return new MaintainTeams(teams, people, policy, auditor);
    }

    @Bean
    SetTeamTarget setTeamTarget(
            TeamTargets targets, Teams teams, Catalog catalog, AccessPolicy policy, Auditor auditor) {
        return new SetTeamTarget(targets, teams, catalog, policy, auditor);
    }

    @Bean
    MaintainRoleProfiles maintainRoleProfiles(
            RoleProfiles profiles, Catalog catalog, AccessPolicy policy, Auditor auditor) {
        return new MaintainRoleProfiles(profiles, catalog, policy, auditor);
    }

    @Bean
    RateOwnSkill rateOwnSkill(
            Assessments assessments,
            Catalog catalog,
            People people,
            AccessPolicy policy,
            Auditor auditor,
            Clock clock) {
        return new RateOwnSkill(assessments, catalog, people, policy, auditor, clock);
    }

    @Bean
    RateTeamMember rateTeamMember(
            Assessments assessments,
            Catalog catalog,
            People people,
            AccessPolicy policy,
            Auditor auditor,
            Clock clock) {
        return new RateTeamMember(assessments, catalog, people, policy, auditor, clock);
    }

    @Bean
    ViewSkillProfile viewSkillProfile(Assessments assessments, Matrices matrices, People people, AccessPolicy policy) {
        return new ViewSkillProfile(assessments, matrices, people, policy);
    }

    @Bean
    CertificateValidity certificateValidity(CertificationProperties properties, Clock clock) {
        return new CertificateValidity(properties.expiringWithin(), clock);
    }

    @Bean
    CertificationCatalog certificationCatalog(
            Certifications certifications, Catalog catalog, AccessPolicy policy, Auditor auditor) {
        return new CertificationCatalog(certifications, catalog, policy, auditor);
    }

    @Bean
    HoldCertificates holdCertificates(
            Certificates certificates,
            Certifications certifications,
            People people,
            Teams teams,
            AccessPolicy policy,
            Auditor auditor,
            CertificateValidity validity,
            Clock clock) {
        return new HoldCertificates(certificates, certifications, people, teams, policy, auditor, validity, clock);
    }

    @Bean
    CertificationHolders certificationHolders(
            CertificationTargets targets,
            Certifications certifications,
            Certificates certificates,
            CertificateValidity validity) {
        return new CertificationHolders(targets, certifications, certificates, validity);
    }

    @Bean
    SetCertificationTarget setCertificationTarget(
            CertificationTargets targets,
            Certifications certifications,
            Teams teams,
            AccessPolicy policy,
            Auditor auditor) {
        return new SetCertificationTarget(targets, certifications, teams, policy, auditor);
    }

    @Bean
    RatingAge ratingAge(RatingProperties properties, Clock clock) {
        return new RatingAge(properties.staleAfter(), properties.staleCountsOneLevelLower(), clock);
    }

    @Bean
    ConfirmRatings confirmRatings(
            Assessments assessments,
            Catalog catalog,
            People people,
            AccessPolicy policy,
            Auditor auditor,
            RatingAge age,
            Clock clock) {
        return new ConfirmRatings(assessments, catalog, people, policy, auditor, age, clock);
    }

    @Bean
    AnalyseTeamGaps analyseTeamGaps(
            Coverage coverage,
            Matrices matrices,
            TeamTargets targets,
            Teams teams,
            Catalog catalog,
            People people,
            AccessPolicy policy,
            RatingAge age,
            CertificationHolders certificationHolders) {
        return new AnalyseTeamGaps(
                coverage, matrices, targets, teams, catalog, people, policy, age, certificationHolders);
    }

    @Bean
    AnalyseTeamTrend analyseTeamTrend(
            Teams teams,
            People people,
            TeamTargets targets,
            Catalog catalog,
            Assessments assessments,
            AccessPolicy policy,
            Clock clock) {
        return new AnalyseTeamTrend(teams, people, targets, catalog, assessments, policy, clock);
    }

    @Bean
    AnalyseOrganisationTrend analyseOrganisationTrend(
            TargetHolders targetHolders, LevelCounts levelCounts, Catalog catalog, AccessPolicy policy, Clock clock) {
        return new AnalyseOrganisationTrend(targetHolders, levelCounts, catalog, policy, clock);
    }

    @Bean
    AnalyseOrganisationGaps analyseOrganisationGaps(
            Coverage coverage, People people, AccessPolicy policy, PrivacyProperties privacy) {
        return new AnalyseOrganisationGaps(coverage, people, policy, privacy.threshold());
    }

    @Bean
    AnalyseWhatIf analyseWhatIf(
            Teams teams,
            TeamTargets targets,
            CertificationHolders certificationHolders,
            Matrices matrices,
            Assessments assessments,
            Coverage coverage,
            PeopleSearch search,
            Catalog catalog,
            People people,
            AccessPolicy policy,
            PrivacyProperties privacy) {
        return new AnalyseWhatIf(
                teams,
                targets,
                certificationHolders,
                matrices,
                assessments,
                coverage,
                search,
                catalog,
                people,
                policy,
                privacy.threshold());
    }

    @Bean
    ProposeStaffing proposeStaffing(StaffingCandidates candidates, Catalog catalog, Teams teams, AccessPolicy policy) {
        return new ProposeStaffing(candidates, catalog, teams, policy);
    }

    @Bean
    FindKnowledgeAtRisk findKnowledgeAtRisk(Coverage coverage, Teams teams, People people, AccessPolicy policy) {
        return new FindKnowledgeAtRisk(coverage, teams, people, policy);
    }

    @Bean
    AnalysePersonGaps analysePersonGaps(
            People people, RoleProfiles profiles, Assessments assessments, Catalog catalog, AccessPolicy policy) {
        return new AnalysePersonGaps(people, profiles, assessments, catalog, policy);
    }

    @Bean
    FindPeopleBySkill findPeopleBySkill(PeopleSearch search, Catalog catalog, AccessPolicy policy) {
        return new FindPeopleBySkill(search, catalog, policy);
    }

    @Bean
    BrowseTeams browseTeams(Teams teams, People people, AccessPolicy policy) {
        return new BrowseTeams(teams, people, policy);
    }

    @Bean
    CalibrateTeam calibrateTeam(Matrices matrices, Catalog catalog, AccessPolicy policy) {
        return new CalibrateTeam(matrices, catalog, policy);
    }

    @Bean
    MaintainReadModel maintainReadModel(ReadModel readModel, AccessPolicy policy, Auditor auditor) {
        return new MaintainReadModel(readModel, policy, auditor);
    }

    @Bean
    ExplainConflict explainConflict(AuditLog log, People people, AccessPolicy policy) {
        return new ExplainConflict(log, people, policy);
    }

    @Bean
    ReadSetupProgress readSetupProgress(
            Teams teams,
            RoleProfiles roleProfiles,
            AuditLog log,
            TeamTargets targets,
            Assessments assessments,
            AccessPolicy policy) {
        return new ReadSetupProgress(teams, roleProfiles, log, targets, assessments, policy);
    }

    @Bean
    ReadAuditTrail readAuditTrail(AuditLog log, People people, AccessPolicy policy, Clock clock) {
        return new ReadAuditTrail(log, people, policy, new AuditCsv(), clock);
    }

    /** XLSX, CSV and PDF, written by the reporting module; one writer serves every export at once. */
    @Bean
    ReportRenderer reportRenderer() {
        return new ReportFileWriter();
    }

    @Bean
    ReportSources reportSources(
            Catalog catalog,
            Scale scale,
            People people,
            Teams teams,
            Assessments assessments,
            RoleProfiles profiles,
            Coverage coverage,
            MatrixRows matrixRows,
            LevelCounts levelCounts,
            DevelopmentGoals goals,
            TeamTargets targets,
            TargetHolders targetHolders,
            RatingAge ratingAge,
            StaffingCandidates staffingCandidates,
            CertificationHolders certificationHolders) {
        return new ReportSources(
                catalog,
                scale,
                people,
                teams,
                assessments,
                profiles,
                coverage,
                matrixRows,
                levelCounts,
                goals,
                targets,
                targetHolders,
                ratingAge,
                staffingCandidates,
                certificationHolders);
    }

    /**
     * One transaction per export, on the thread that streams the file (a download's request thread), for as
     * long as it streams: its reads take no locks, so people go on rating meanwhile, and the matrix's cursor
     * reads one snapshot. It writes one row, the audit entry, at the end.
     */
    @Bean
    ExportReport exportReport(
            ReportSources sources,
            ReportRenderer renderer,
            AccessPolicy policy,
            Auditor auditor,
            Clock clock,
            ReportProperties properties,
            PrivacyProperties privacy,
            AnalyseWhatIf whatIf) {
        return new ExportReport(
                sources,
                renderer,
                policy,
                auditor,
                clock,
                new ExportLimits(properties.concurrentExports()),
                privacy.threshold(),
                whatIf);
    }

    /** CSV files of imports, read by the reporting module. */
    @Bean
    CsvReader csvReader() {
        return new CsvFileReader();
    }

    @Bean
    ImportLimits importLimits(ImportProperties properties) {
        return new ImportLimits(properties.maxBytes().toBytes(), properties.maxRows());
    }

    @Bean
    ImportPeople importPeople(
            People people,
            Teams teams,
            RoleProfiles profiles,
            CsvReader csv,
            AccessPolicy policy,
            Auditor auditor,
            ImportLimits limits,
            ImportLock lock) {
        return new ImportPeople(people, teams, profiles, csv, policy, auditor, limits, lock);
    }

    @Bean
    ImportAssessments importAssessments(
            Assessments assessments,
            People people,
            Teams teams,
            Catalog catalog,
            CsvReader csv,
            AccessPolicy policy,
            Auditor auditor,
            Clock clock,
            ImportLimits limits,
            ImportLock lock) {
        return new ImportAssessments(assessments, people, teams, catalog, csv, policy, auditor, clock, limits, lock);
    }

    @Bean
    ImportCertificates importCertificates(
            Certificates certificates,
            Certifications certifications,
            People people,
            CsvReader csv,
            AccessPolicy policy,
            Auditor auditor,
            Clock clock,
            ImportLimits limits,
            ImportLock lock) {
        return new ImportCertificates(certificates, certifications, people, csv, policy, auditor, clock, limits, lock);
    }

    @Bean
    ProposeMentors proposeMentors(
            MentorCandidates candidates,
            DevelopmentGoals goals,
            Teams teams,
            Catalog catalog,
            People people,
            AccessPolicy policy,
            MentoringProperties properties,
            ReadModelChanges changes) {
        return new ProposeMentors(
                candidates,
                goals,
                teams,
                catalog,
                people,
                policy,
                properties.mentorCap(),
                changes.<MentorProposals>kept(
                        1,
                        MENTOR_PROPOSALS_PATIENCE,
                        proposals -> proposals.proposals().size() + proposals.unmatched() > LARGE_MENTOR_PROPOSALS));
    }

    @Bean
    SetDevelopmentGoals setDevelopmentGoals(
            DevelopmentGoals goals,
            Assessments assessments,
            Catalog catalog,
            People people,
            AccessPolicy policy,
            Auditor auditor,
            Clock clock,
            MentoringProperties properties) {
        return new SetDevelopmentGoals(
                goals, assessments, catalog, people, policy, auditor, clock, properties.mentorCap());
    }
}
