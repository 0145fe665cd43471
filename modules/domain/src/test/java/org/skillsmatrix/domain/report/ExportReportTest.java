package org.skillsmatrix.domain.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;
import static org.skillsmatrix.domain.testing.DomainAssertions.assertDenied;
import static org.skillsmatrix.domain.testing.TestOrganisation.admin;
import static org.skillsmatrix.domain.testing.TestOrganisation.employee;
import static org.skillsmatrix.domain.testing.TestOrganisation.hr;
import static org.skillsmatrix.domain.testing.TestOrganisation.manager;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import org.junit.jupiter.api.Test;
import org.skillsmatrix.domain.access.Action;
import org.skillsmatrix.domain.access.Actor;
import org.skillsmatrix.domain.access.Role;
import org.skillsmatrix.domain.assessment.Source;
import org.skillsmatrix.domain.audit.AuditEntry;
import org.skillsmatrix.domain.base.AccessDenied;
import org.skillsmatrix.domain.base.Busy;
import org.skillsmatrix.domain.base.NotFound;
import org.skillsmatrix.domain.base.PersonId;
import org.skillsmatrix.domain.base.TeamId;
import org.skillsmatrix.domain.catalog.Category;
import org.skillsmatrix.domain.catalog.Skill;
import org.skillsmatrix.domain.people.Person;
import org.skillsmatrix.domain.privacy.PrivacyThreshold;
import org.skillsmatrix.domain.privacy.ShownCount;
import org.skillsmatrix.domain.report.MatrixReport.Row;
import org.skillsmatrix.domain.scale.Interest;
import org.skillsmatrix.domain.scale.Level;
import org.skillsmatrix.domain.team.Team;
import org.skillsmatrix.domain.testing.TestOrganisation;
import org.skillsmatrix.domain.whatif.Change;

class ExportReportTest {

    private final TestOrganisation world = new TestOrganisation();
    private final ExportReport exportReport = world.exportReport;

    private final Category languages = world.category("Languages");
    private final Category security = world.category("Security");
    private final Skill java = world.skill(languages, "Java");
    private final Skill go = world.skill(languages, "Go");
    private final Skill owasp = world.skill(security, "OWASP");
    private final Skill cobol =
            world.catalog.update(world.skill(languages, "COBOL").retire());

    private final Person ann = world.person("Ann Smith");
    private final Person ben = world.person("Ben Brown");
    private final Person gina = world.inactivePerson("Gina Gone");
    private final Person carl = world.person("Carl Search");
    private final Person mona = world.person("Mona Manager");
    private final Person max = world.person("Max Manager");
    private final Person hilda = world.person("Hilda HR");
    private final Team payments = world.team("Payments", List.of(ann, ben, gina), List.of(mona));
    private final Team search = world.team("Mobile Backend", List.of(carl), List.of(max));

    // --- the skills matrix

    @Test
    void hrExportsEveryTeamsMatrixTeamByTeamWithActiveMembersByNameAndActiveSkillsAsColumns() {
        world.selfRated(ann, java, Level.WORKING_KNOWLEDGE, Interest.WANTS_TO_GROW);
        world.managerRated(mona, ann, java, Level.PROFICIENT);
        world.selfRated(ben, owasp, Level.EXPERT);
        world.selfRated(ann, cobol, Level.EXPERT);
        world.selfRated(gina, java, Level.EXPERT);

        var file = exportReport.export(
                hr(hilda), ReportRequest.Matrix.allTeams(), ReportFormat.XLSX, Locale.ENGLISH, sink());

        assertThat(file).isEqualTo(new ReportFile("skills-matrix_all-teams_2025-03-03.xlsx", ReportFormat.XLSX));
        var report = world.renderer.report(MatrixReport.class);
        assertThat(report.header().title()).isEqualTo("Skills matrix");
        assertThat(report.header().generatedBy()).isEqualTo("Hilda HR");
        assertThat(report.header().filters()).contains(new ReportHeader.Filter("Teams", "all teams (2)"));
        assertThat(report.skills())
                .extracting(SkillLabel::category, SkillLabel::name)
                .containsExactly(tuple("Languages", "Java"), tuple("Languages", "Go"), tuple("Security", "OWASP"));
        assertThat(report.teams())
                .extracting(MatrixReport.TeamLabel::name)
                .containsExactly("Mobile Backend", "Payments");
        var rows = world.renderer.rows();
        assertThat(rows)
                .extracting(row -> row.team().name(), row -> row.person().name())
                .containsExactly(
                        tuple("Mobile Backend", "Carl Search"),
                        tuple("Payments", "Ann Smith"),
                        tuple("Payments", "Ben Brown"));
        var annRow = rows.get(1);
        assertThat(annRow.cells()).hasSize(3);
        assertThat(annRow.level(0)).contains(Level.PROFICIENT);
        assertThat(annRow.cells().getFirst().selfLevel()).contains(Level.WORKING_KNOWLEDGE);
        assertThat(annRow.cells().getFirst().interest()).isEqualTo(Interest.WANTS_TO_GROW);
        assertThat(annRow.level(1)).isEmpty();
        assertThat(rows.get(2).level(2)).contains(Level.EXPERT);
    }

    @Test
    void aManagerExportsTheTeamsTheyManageAndNothingOfOtherTeams() {
        world.selfRated(carl, java, Level.EXPERT);
        world.selfRated(ann, java, Level.AWARENESS);

        var file = exportReport.export(
                manager(mona), ReportRequest.Matrix.of(payments.id()), ReportFormat.CSV, Locale.ENGLISH, sink());

        assertThat(file.name()).isEqualTo("skills-matrix_payments_2025-03-03.csv");
        assertThat(world.renderer.report(MatrixReport.class).teams())
                .extracting(MatrixReport.TeamLabel::team)
                .containsExactly(payments.id());
        assertThat(world.renderer.rows()).extracting(Row::person).containsExactly(ann, ben);
    }

    @Test
    void severalTeamsComeInTheOrderAskedFor() {
        var both = world.team("Both", List.of(), List.of(mona));
        world.teams.update(world.teams.byId(search.id()).orElseThrow().withManager(mona.id()));

        var file = exportReport.export(
                manager(mona),
                new ReportRequest.Matrix(List.of(payments.id(), search.id(), both.id())),
                ReportFormat.PDF,
                Locale.ENGLISH,
                sink());

        assertThat(file.name()).isEqualTo("skills-matrix_3-teams_2025-03-03.pdf");
        assertThat(world.renderer.rows())
                .extracting(row -> row.team().name())
                .containsExactly("Payments", "Payments", "Mobile Backend");
    }

    @Test
    void aManagerMayNotExportAnotherTeamOrTheWholeOrganisation() {
        assertDenied(() -> exportReport.export(
                manager(mona), ReportRequest.Matrix.of(search.id()), ReportFormat.XLSX, Locale.ENGLISH, sink()));
        assertDenied(() -> exportReport.export(
                manager(mona),
                ReportRequest.Matrix.of(payments.id(), search.id()),
                ReportFormat.XLSX,
                Locale.ENGLISH,
                sink()));
        assertDenied(() -> exportReport.export(
                manager(mona), ReportRequest.Matrix.allTeams(), ReportFormat.XLSX, Locale.ENGLISH, sink()));
        assertDenied(() -> exportReport.export(
                manager(mona), new ReportRequest.TeamGaps(search.id()), ReportFormat.PDF, Locale.ENGLISH, sink()));
        assertDenied(() -> exportReport.export(
                manager(mona), new ReportRequest.OrganisationGaps(), ReportFormat.PDF, Locale.ENGLISH, sink()));
        assertDenied(() -> exportReport.export(
                manager(mona), ReportRequest.Coverage.lastYear(), ReportFormat.PDF, Locale.ENGLISH, sink()));
        assertDenied(() -> exportReport.export(
                manager(mona), new ReportRequest.Profile(carl.id()), ReportFormat.PDF, Locale.ENGLISH, sink()));
    }

    @Test
    void anEmployeeExportsTheirOwnProfileOnly() {
        assertThat(exportReport
                        .export(
                                employee(ann),
                                new ReportRequest.Profile(ann.id()),
                                ReportFormat.PDF,
                                Locale.ENGLISH,
                                sink())
                        .name())
                .isEqualTo("skill-profile_ann-smith_2025-03-03.pdf");

        assertDenied(() -> exportReport.export(
                employee(ann), new ReportRequest.Profile(ben.id()), ReportFormat.PDF, Locale.ENGLISH, sink()));
        assertDenied(() -> exportReport.export(
                employee(ann), ReportRequest.Matrix.of(payments.id()), ReportFormat.CSV, Locale.ENGLISH, sink()));
        assertDenied(() -> exportReport.export(
                employee(ann), new ReportRequest.TeamGaps(payments.id()), ReportFormat.CSV, Locale.ENGLISH, sink()));
    }

    @Test
    void anAdminWithoutOtherRolesExportsNothingButTheirOwnProfile() {
        var ada = world.person("Ada Admin");
        assertDenied(() -> exportReport.export(
                admin(ada), ReportRequest.Matrix.allTeams(), ReportFormat.XLSX, Locale.ENGLISH, sink()));
        assertDenied(() -> exportReport.export(
                admin(ada), new ReportRequest.Profile(ann.id()), ReportFormat.XLSX, Locale.ENGLISH, sink()));
        assertThat(exportReport.export(
                        admin(ada), new ReportRequest.Profile(ada.id()), ReportFormat.XLSX, Locale.ENGLISH, sink()))
                .isNotNull();
    }

    @Test
    void aRefusedExportOpensNothingAndLeavesNoAuditEntry() {
        var opened = new ArrayList<ReportFile>();

        assertDenied(() -> exportReport.export(
                employee(ann), ReportRequest.Matrix.allTeams(), ReportFormat.XLSX, Locale.ENGLISH, file -> {
                    opened.add(file);
                    return new ByteArrayOutputStream();
                }));

        assertThat(opened).isEmpty();
        assertThat(world.auditLog.entries()).isEmpty();
    }

    @Test
    void whatIfIsExportedToThoseWhoMayAskItAndAuditedWithThePeopleAsked() {
        world.target(payments, java, Level.PROFICIENT, 1);
        world.selfRated(ann, java, Level.EXPERT);
        var question = new ReportRequest.WhatIf(List.of(new Change.Leaves(ann.id())));
        var opened = new ArrayList<ReportFile>();

        assertDenied(() -> exportReport.export(employee(ben), question, ReportFormat.PDF, Locale.ENGLISH, file -> {
            opened.add(file);
            return new ByteArrayOutputStream();
        }));
        assertDenied(() -> exportReport.export(manager(max), question, ReportFormat.PDF, Locale.ENGLISH, sink()));
        var file = exportReport.export(manager(mona), question, ReportFormat.PDF, Locale.ENGLISH, sink());

        assertThat(opened).isEmpty();
        assertThat(file).isEqualTo(new ReportFile("what-if_ann-smith_2025-03-03.pdf", ReportFormat.PDF));
        var report = world.renderer.report(WhatIfReport.class);
        assertThat(report.question()).containsExactly("Ann Smith leaves the organisation");
        assertThat(report.teams()).singleElement().satisfies(team -> {
            assertThat(team.team()).isEqualTo("Payments");
            assertThat(team.today().targetsMet()).isEqualTo(1);
            assertThat(team.after().targetsMet()).isZero();
            assertThat(team.skills())
                    .extracting(skill -> skill.skill().name(), WhatIfReport.TeamSkill::change)
                    .containsExactly(tuple(
                            "Java",
                            "target no longer met, 0 of 1 at 3 · Proficient or above (today 1); nobody would be at 3 ·"
                                    + " Proficient or above"));
        });
        assertThat(report.organisation())
                .as("the organisation's figures are HR's")
                .isNull();
        assertThat(world.auditLog.entries())
                .singleElement()
                .satisfies(
                        entry -> assertThat(entry.subject()).isEqualTo(ann.id().toString()));
    }

    @Test
    void everyExportIsAuditedWithWhoWhatAndTheFileName() {
        exportReport.export(
                manager(mona), ReportRequest.Matrix.of(payments.id()), ReportFormat.XLSX, Locale.ENGLISH, sink());
        exportReport.export(hr(hilda), new ReportRequest.OrganisationGaps(), ReportFormat.PDF, Locale.ENGLISH, sink());

        assertThat(world.auditLog.entries())
                .containsExactly(
                        new AuditEntry(
                                TestOrganisation.START,
                                mona.id(),
                                "report.exported",
                                payments.id().toString(),
                                "skills-matrix_payments_2025-03-03.xlsx"),
                        new AuditEntry(
                                TestOrganisation.START,
                                hilda.id(),
                                "report.exported",
                                "organisation",
                                "gap-report_organisation_2025-03-03.pdf"));
    }

    @Test
    void theDestinationIsOpenedWithTheFileNameWrittenAndClosed() {
        var opened = new ArrayList<ReportFile>();
        var out = new TrackedStream();

        exportReport.export(
                hr(hilda), new ReportRequest.TeamGaps(search.id()), ReportFormat.CSV_EXCEL, Locale.ENGLISH, file -> {
                    opened.add(file);
                    return out;
                });

        assertThat(opened)
                .containsExactly(new ReportFile("gap-report_mobile-backend_2025-03-03.csv", ReportFormat.CSV_EXCEL));
        assertThat(opened.getFirst().mediaType()).isEqualTo("text/csv; charset=UTF-8");
        assertThat(out.toString(StandardCharsets.UTF_8)).isEqualTo("CSV_EXCEL");
        assertThat(out.closed).isTrue();
    }

    @Test
    void theExportIsAuditedBeforeTheDestinationIsClosed() {
        var auditedAtClose = new ArrayList<Integer>();

        exportReport.export(
                hr(hilda),
                new ReportRequest.OrganisationGaps(),
                ReportFormat.CSV,
                Locale.ENGLISH,
                file -> new ByteArrayOutputStream() {
                    @Override
                    public void close() throws IOException {
                        auditedAtClose.add(world.auditLog.entries().size());
                        super.close();
                    }
                });

        assertThat(auditedAtClose).containsExactly(1);
    }

    @Test
    void aStreamHandedInIsLeftOpen() {
        var out = new TrackedStream();

        exportReport.export(hr(hilda), new ReportRequest.OrganisationGaps(), ReportFormat.PDF, Locale.ENGLISH, out);

        assertThat(out.closed).isFalse();
        assertThat(out.toString(StandardCharsets.UTF_8)).isEqualTo("PDF");
    }

    @Test
    void unknownTeamsAndPeopleAreNotFoundForHr() {
        assertThatExceptionOfType(NotFound.class)
                .isThrownBy(() -> exportReport.export(
                        hr(hilda), ReportRequest.Matrix.of(TeamId.random()), ReportFormat.CSV, Locale.ENGLISH, sink()));
        assertThatExceptionOfType(NotFound.class)
                .isThrownBy(() -> exportReport.export(
                        hr(hilda),
                        new ReportRequest.TeamGaps(TeamId.random()),
                        ReportFormat.CSV,
                        Locale.ENGLISH,
                        sink()));
        assertThatExceptionOfType(NotFound.class)
                .isThrownBy(() -> exportReport.export(
                        hr(hilda),
                        new ReportRequest.Profile(PersonId.random()),
                        ReportFormat.CSV,
                        Locale.ENGLISH,
                        sink()));
    }

    @Test
    void fileNamesAreSafeAndSayWhatAndWhen() {
        assertThat(FileNames.slug("Zoë Müller-O'Brien")).isEqualTo("zoe-muller-o-brien");
        assertThat(FileNames.slug("  Payments / EU (new) ")).isEqualTo("payments-eu-new");
        assertThat(FileNames.slug("日本")).isEqualTo("unnamed");
        assertThat(FileNames.slug("x".repeat(100))).hasSize(40);
    }

    // --- gap reports

    @Test
    void aTeamGapReportListsTheRiskiestSkillsFirstWithTheSoleHolderNamedAndCategoryTotals() {
        world.target(payments, owasp, Level.PROFICIENT, 2);
        world.selfRated(ann, owasp, Level.EXPERT);
        world.selfRated(ben, owasp, Level.WORKING_KNOWLEDGE);
        world.selfRated(ann, java, Level.PROFICIENT);
        world.selfRated(ben, java, Level.EXPERT);

        exportReport.export(
                manager(mona), new ReportRequest.TeamGaps(payments.id()), ReportFormat.PDF, Locale.ENGLISH, sink());

        var report = world.renderer.report(TeamGapReport.class);
        assertThat(report.header().title()).isEqualTo("Gap report: Payments");
        assertThat(report.members()).isEqualTo(2);
        assertThat(report.skills())
                .extracting(
                        gap -> gap.skill().name(),
                        TeamGapReport.SkillGap::required,
                        TeamGapReport.SkillGap::holders,
                        TeamGapReport.SkillGap::shortfall,
                        TeamGapReport.SkillGap::soleHolder)
                .containsExactly(
                        tuple("OWASP", 2, 1, 1, "Ann Smith"), tuple("Go", 0, 0, 0, null), tuple("Java", 0, 2, 0, null));
        assertThat(report.categories())
                .containsExactly(
                        new TeamGapReport.CategoryGap("Languages", 2, 0, 0, 0, 0, 1),
                        new TeamGapReport.CategoryGap("Security", 1, 1, 0, 1, 1, 0));
        assertThat(report.totalShortfall()).isEqualTo(1);
        assertThat(report.singlePointsOfFailure()).isEqualTo(1);
        assertThat(report.targets()).isEqualTo(1);
        assertThat(report.targetsMet()).isZero();
    }

    @Test
    void aTeamGapReportProposesWhoFromOtherTeamsCouldFillItsShortfallsAndWhatStaysOpen() {
        world.target(payments, owasp, Level.PROFICIENT, 2);
        world.target(payments, go, Level.EXPERT, 1);
        world.selfRated(ann, owasp, Level.EXPERT);
        world.selfRated(ben, owasp, Level.WORKING_KNOWLEDGE);
        world.selfRated(carl, owasp, Level.PROFICIENT);
        world.selfRated(carl, go, Level.PROFICIENT);

        exportReport.export(
                manager(mona), new ReportRequest.TeamGaps(payments.id()), ReportFormat.PDF, Locale.ENGLISH, sink());

        // OWASP is one short: Carl, in Mobile Backend, fills it; nobody outside Payments is an Expert in Go
        var filling = world.renderer.report(TeamGapReport.class).filling();
        assertThat(filling.proposed())
                .extracting(TeamGapReport.Filler::name, TeamGapReport.Filler::teams)
                .containsExactly(tuple("Carl Search", List.of("Mobile Backend")));
        assertThat(filling.proposed().getFirst().fills())
                .extracting(fill -> fill.skill().name(), TeamGapReport.FilledSkill::level)
                .containsExactly(tuple("OWASP", Level.PROFICIENT));
        assertThat(filling.notNamed()).isZero();
        assertThat(filling.open())
                .extracting(
                        open -> open.skill().name(), TeamGapReport.OpenPlaces::level, TeamGapReport.OpenPlaces::missing)
                .containsExactly(tuple("Go", Level.EXPERT, 1));
    }

    @Test
    void aTeamWithoutShortfallsHasNobodyToPropose() {
        world.selfRated(ann, java, Level.PROFICIENT);

        exportReport.export(
                hr(hilda), new ReportRequest.TeamGaps(payments.id()), ReportFormat.PDF, Locale.ENGLISH, sink());

        assertThat(world.renderer.report(TeamGapReport.class).filling()).isEqualTo(TeamGapReport.Filling.NOTHING_SHORT);
    }

    @Test
    void theOrganisationGapReportSumsEveryTeamsShortfallPerSkillAndCategory() {
        world.target(payments, owasp, Level.PROFICIENT, 2);
        world.target(search, owasp, Level.EXPERT, 1);
        world.selfRated(ann, owasp, Level.PROFICIENT);
        world.selfRated(carl, java, Level.EXPERT);
        world.selfRated(ben, java, Level.EXPERT);

        var file = exportReport.export(
                hr(hilda), new ReportRequest.OrganisationGaps(), ReportFormat.XLSX, Locale.ENGLISH, sink());

        assertThat(file.name()).isEqualTo("gap-report_organisation_2025-03-03.xlsx");
        var report = world.renderer.report(OrganisationGapReport.class);
        assertThat(report.activePeople()).isEqualTo(6);
        assertThat(report.teams()).isEqualTo(2);
        assertThat(report.skills())
                .extracting(
                        gap -> gap.skill().name(),
                        OrganisationGapReport.SkillGap::holders,
                        OrganisationGapReport.SkillGap::soleHolder,
                        OrganisationGapReport.SkillGap::teamsWithTarget,
                        OrganisationGapReport.SkillGap::teamsShort,
                        OrganisationGapReport.SkillGap::shortfall)
                .containsExactly(
                        tuple("OWASP", ShownCount.of(1), "Ann Smith", 2, 2, 2),
                        tuple("Go", ShownCount.of(0), null, 0, 0, 0),
                        tuple("Java", ShownCount.of(2), null, 0, 0, 0));
        assertThat(report.categories())
                .containsExactly(
                        new OrganisationGapReport.CategoryGap("Languages", 2, 0, 0, 0, 1),
                        new OrganisationGapReport.CategoryGap("Security", 1, 2, 2, 1, 0));
        assertThat(report.totalShortfall()).isEqualTo(2);
    }

    // --- the profile

    @Test
    void aProfileHoldsCurrentRatingsGapsAgainstTheRoleProfileHistoryAndTheRadarsAxes() {
        var senior =
                world.roleProfile("Senior Engineer", Map.of(java.id(), Level.EXPERT, owasp.id(), Level.PROFICIENT));
        var measured = world.measuredBy(ann, senior);
        world.selfRated(ann, java, Level.WORKING_KNOWLEDGE, Interest.WANTS_TO_GROW);
        world.managerRated(mona, ann, java, Level.PROFICIENT);
        world.selfRated(ann, go, Level.AWARENESS, Interest.RATHER_NOT);

        exportReport.export(
                manager(mona), new ReportRequest.Profile(ann.id()), ReportFormat.PDF, Locale.ENGLISH, sink());

        var report = world.renderer.report(ProfileReport.class);
        assertThat(report.person()).isEqualTo(measured);
        assertThat(report.teams()).containsExactly("Payments");
        assertThat(report.roleProfile()).isEqualTo("Senior Engineer");
        assertThat(report.ratings())
                .extracting(
                        r -> r.skill().name(),
                        ProfileReport.SkillRating::self,
                        ProfileReport.SkillRating::manager,
                        ProfileReport.SkillRating::level,
                        ProfileReport.SkillRating::interest)
                .containsExactly(
                        tuple(
                                "Java",
                                Level.WORKING_KNOWLEDGE,
                                Level.PROFICIENT,
                                Level.PROFICIENT,
                                Interest.WANTS_TO_GROW),
                        tuple("Go", Level.AWARENESS, null, Level.AWARENESS, Interest.RATHER_NOT));
        assertThat(report.gaps())
                .extracting(
                        g -> g.skill().name(),
                        ProfileReport.SkillGap::expected,
                        ProfileReport.SkillGap::current,
                        ProfileReport.SkillGap::gap)
                .containsExactly(
                        tuple("OWASP", Level.PROFICIENT, null, 3), tuple("Java", Level.EXPERT, Level.PROFICIENT, 1));
        assertThat(report.history())
                .extracting(
                        h -> h.skill().name(), ProfileReport.HistoryEntry::source, ProfileReport.HistoryEntry::assessor)
                .containsExactly(
                        tuple("Go", Source.SELF, "self"),
                        tuple("Java", Source.MANAGER, "Mona Manager"),
                        tuple("Java", Source.SELF, "self"));
        assertThat(report.categories())
                .containsExactly(
                        new ProfileReport.CategoryLevel("Languages", 2.0, 4.0),
                        new ProfileReport.CategoryLevel("Security", 0.0, 3.0));
    }

    @Test
    void aProfileWithoutARoleProfileHasNoGaps() {
        world.selfRated(ben, java, Level.EXPERT);

        exportReport.export(
                employee(ben), new ReportRequest.Profile(ben.id()), ReportFormat.CSV, Locale.ENGLISH, sink());

        var report = world.renderer.report(ProfileReport.class);
        assertThat(report.roleProfile()).isNull();
        assertThat(report.gaps()).isEmpty();
        assertThat(report.categories())
                .extracting(ProfileReport.CategoryLevel::expected)
                .containsOnlyNulls();
    }

    // --- coverage

    @Test
    void coverageCountsPeoplePerLevelAtTheEndOfEachQuarterAndNow() {
        world.selfRated(ann, java, Level.WORKING_KNOWLEDGE);
        world.selfRated(ben, java, Level.PROFICIENT);
        world.selfRated(gina, java, Level.EXPERT);
        world.clock.advance(Duration.ofDays(100));
        world.managerRated(mona, ann, java, Level.EXPERT);
        world.selfRated(carl, owasp, Level.NONE);

        var file = exportReport.export(
                hr(hilda), new ReportRequest.Coverage(2), ReportFormat.XLSX, Locale.ENGLISH, sink());

        assertThat(file.name()).isEqualTo("skill-coverage_organisation_2025-06-11.xlsx");
        var report = world.renderer.report(CoverageReport.class);
        assertThat(report.periods())
                .extracting(CoverageReport.Period::label)
                .containsExactly("2024 Q4", "2025 Q1", "Now");
        assertThat(report.activePeople()).isEqualTo(6);
        var javaLine = report.skills().getFirst();
        assertThat(javaLine.skill().name()).isEqualTo("Java");
        assertThat(javaLine.byPeriod())
                .containsExactly(
                        shown(LevelTally.EMPTY),
                        shown(LevelTally.of(0, 0, 1, 1, 0)),
                        shown(LevelTally.of(0, 0, 0, 1, 1)));
        assertThat(javaLine.now().atLeast(Level.PROFICIENT)).isEqualTo(ShownCount.of(2));
        assertThat(report.skills()).extracting(line -> line.skill().name()).containsExactly("Java", "Go", "OWASP");
        assertThat(report.categories())
                .extracting(
                        CoverageReport.CategoryLine::category,
                        CoverageReport.CategoryLine::skills,
                        CoverageReport.CategoryLine::now)
                .containsExactly(
                        tuple("Languages", 2, shown(LevelTally.of(0, 0, 0, 1, 1))),
                        tuple("Security", 1, shown(LevelTally.of(1, 0, 0, 0, 0))));
    }

    /** A tally as a report shows it where the privacy threshold shows every count, as this organisation's does. */
    private static ShownTally shown(LevelTally tally) {
        return ShownTally.of(tally, new PrivacyThreshold(1));
    }

    @Test
    void quartersRunBackAcrossTheYear() {
        var q1 = Quarter.containing(LocalDate.of(2026, 2, 10));
        assertThat(q1).isEqualTo(new Quarter(2026, 1));
        assertThat(q1.previous()).isEqualTo(new Quarter(2025, 4));
        assertThat(q1.previous().end(ZoneOffset.UTC)).isEqualTo("2026-01-01T00:00:00Z");
        assertThat(new Quarter(2026, 3).end(ZoneOffset.UTC)).isEqualTo("2026-10-01T00:00:00Z");
        assertThat(new Quarter(2026, 3).label()).isEqualTo("2026 Q3");
    }

    // --- what may be exported

    @Test
    void hrMayExportTheOrganisationEveryTeamAndEveryActivePersonsProfile() {
        var choices = exportReport.choices(hr(hilda));

        assertThat(choices.organisation()).isTrue();
        assertThat(choices.teams()).extracting(Team::name).containsExactly("Mobile Backend", "Payments");
        assertThat(choices.people())
                .extracting(Person::name)
                .containsExactly("Ann Smith", "Ben Brown", "Carl Search", "Hilda HR", "Max Manager", "Mona Manager");
        assertThat(choices.any()).isTrue();
    }

    @Test
    void aManagerMayExportTheirTeamsAndTheProfilesOfTheirActiveMembersAndTheirOwn() {
        var choices = exportReport.choices(manager(mona));

        assertThat(choices.organisation()).isFalse();
        assertThat(choices.teams()).containsExactly(payments);
        assertThat(choices.people()).containsExactly(ann, ben, mona);
        choices.teams()
                .forEach(team -> assertThat(world.policy.allows(manager(mona), new Action.ExportTeamReport(team.id())))
                        .isTrue());
    }

    @Test
    void anEmployeeMayExportTheirOwnProfileOnlyAndAnAdminNothing() {
        var employee = exportReport.choices(employee(ann));

        assertThat(employee.organisation()).isFalse();
        assertThat(employee.teams()).isEmpty();
        assertThat(employee.people()).containsExactly(ann);

        var adminOnly = exportReport.choices(Actor.of(max.id(), Role.ADMIN));
        assertThat(adminOnly.any()).isFalse();
    }

    @Test
    void mayExportAnswersAsTheExportDecides() {
        var requests = List.of(
                ReportRequest.Matrix.allTeams(),
                ReportRequest.Matrix.of(payments.id()),
                ReportRequest.Matrix.of(payments.id(), search.id()),
                new ReportRequest.TeamGaps(search.id()),
                new ReportRequest.OrganisationGaps(),
                new ReportRequest.Profile(ann.id()),
                new ReportRequest.Profile(carl.id()),
                ReportRequest.Coverage.lastYear());
        for (var actor : List.of(hr(hilda), manager(mona), employee(ann), admin(max))) {
            for (var request : requests) {
                boolean exported;
                try {
                    exportReport.export(actor, request, ReportFormat.CSV, Locale.ENGLISH, sink());
                    exported = true;
                } catch (AccessDenied denied) {
                    exported = false;
                }
                assertThat(exportReport.mayExport(actor, request))
                        .as("%s exports %s", actor, request)
                        .isEqualTo(exported);
            }
        }
        assertThat(exportReport.mayExport(manager(mona), ReportRequest.Matrix.of(payments.id())))
                .isTrue();
        assertThat(exportReport.mayExport(manager(mona), ReportRequest.Matrix.of(payments.id(), search.id())))
                .isFalse();
    }

    // --- helpers

    private static ReportDestination sink() {
        return file -> new ByteArrayOutputStream();
    }

    private static final class TrackedStream extends ByteArrayOutputStream {

        boolean closed;

        @Override
        public void close() throws IOException {
            closed = true;
            super.close();
        }
    }

    @Test
    void oneExportMoreThanTheLimitAllowsIsRefusedAtOnceAndTheNextOneRuns() throws Exception {
        var limited = new ExportReport(
                world.reportSources,
                world.renderer,
                world.policy,
                world.auditor,
                world.clock,
                new ExportLimits(1),
                world.privacy,
                world.analyseWhatIf);
        var opened = new CountDownLatch(1);
        var finish = new CountDownLatch(1);
        var elsewhere = Executors.newSingleThreadExecutor();
        var first = elsewhere.submit(() ->
                limited.export(hr(hilda), ReportRequest.Matrix.allTeams(), ReportFormat.CSV, Locale.ENGLISH, file -> {
                    opened.countDown();
                    try {
                        finish.await();
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                    }
                    return OutputStream.nullOutputStream();
                }));
        opened.await();

        assertThatThrownBy(() -> limited.export(
                        hr(hilda),
                        new ReportRequest.OrganisationGaps(),
                        ReportFormat.PDF,
                        Locale.ENGLISH,
                        OutputStream.nullOutputStream()))
                .isInstanceOf(Busy.class)
                .hasMessageContaining("at most 1 at a time");
        assertThatThrownBy(() -> limited.export(
                        employee(ann),
                        ReportRequest.Matrix.allTeams(),
                        ReportFormat.CSV,
                        Locale.ENGLISH,
                        OutputStream.nullOutputStream()))
                .as("the access rules come first")
                .isInstanceOf(AccessDenied.class);

        finish.countDown();
        first.get();
        elsewhere.shutdown();
        assertThat(limited.export(
                                hr(hilda),
                                new ReportRequest.OrganisationGaps(),
                                ReportFormat.PDF,
                                Locale.ENGLISH,
                                OutputStream.nullOutputStream())
                        .format())
                .isEqualTo(ReportFormat.PDF);
    }
}
