package org.skillsmatrix.reporting;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.zip.ZipFile;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import org.apache.commons.csv.CSVFormat;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.skillsmatrix.demo.DemoOrganisationGenerator;
import org.skillsmatrix.demo.DemoPeople;
import org.skillsmatrix.demo.DemoSettings;
import org.skillsmatrix.domain.access.AccessPolicy;
import org.skillsmatrix.domain.access.Actor;
import org.skillsmatrix.domain.access.Role;
import org.skillsmatrix.domain.assessment.RatingAge;
import org.skillsmatrix.domain.audit.Auditor;
import org.skillsmatrix.domain.base.CategoryId;
import org.skillsmatrix.domain.base.SkillId;
import org.skillsmatrix.domain.catalog.Category;
import org.skillsmatrix.domain.catalog.Skill;
import org.skillsmatrix.domain.certification.CertificateValidity;
import org.skillsmatrix.domain.certification.CertificationHolders;
import org.skillsmatrix.domain.privacy.PrivacyThreshold;
import org.skillsmatrix.domain.report.ExportLimits;
import org.skillsmatrix.domain.report.ExportReport;
import org.skillsmatrix.domain.report.ReportFormat;
import org.skillsmatrix.domain.report.ReportRequest;
import org.skillsmatrix.domain.report.ReportSources;
import org.skillsmatrix.domain.testing.InMemoryAssessments;
import org.skillsmatrix.domain.testing.InMemoryAuditLog;
import org.skillsmatrix.domain.testing.InMemoryCatalog;
import org.skillsmatrix.domain.testing.InMemoryCertificates;
import org.skillsmatrix.domain.testing.InMemoryCertificationTargets;
import org.skillsmatrix.domain.testing.InMemoryCertifications;
import org.skillsmatrix.domain.testing.InMemoryCoverage;
import org.skillsmatrix.domain.testing.InMemoryDevelopmentGoals;
import org.skillsmatrix.domain.testing.InMemoryLevelCounts;
import org.skillsmatrix.domain.testing.InMemoryMatrices;
import org.skillsmatrix.domain.testing.InMemoryPeople;
import org.skillsmatrix.domain.testing.InMemoryPeopleSearch;
import org.skillsmatrix.domain.testing.InMemoryRoleProfiles;
import org.skillsmatrix.domain.testing.InMemoryScale;
import org.skillsmatrix.domain.testing.InMemoryStaffingCandidates;
import org.skillsmatrix.domain.testing.InMemoryTargetHolders;
import org.skillsmatrix.domain.testing.InMemoryTeamTargets;
import org.skillsmatrix.domain.testing.InMemoryTeams;
import org.skillsmatrix.domain.whatif.AnalyseWhatIf;

/**
 * The whole matrix of a generated organisation of 10,000 people in 1,000 teams by 200 skills exports as XLSX
 * and as CSV through the use case, in a JVM whose heap is fixed at 256 MB (see the failsafe configuration).
 * Sizes, times and the heap's peak are printed; only completion and the row counts are asserted.
 */
class LargeOrganisationExportIT {

    private static final DemoSettings SETTINGS = new DemoSettings(10_000, 1_000, 200, 9, 20_260_101L);
    private static final Instant NOW = Instant.parse("2026-11-21T09:00:00Z");

    private static ExportReport export;
    private static Actor hr;
    private static int people;
    private static int skills;

    @TempDir
    Path folder;

    @BeforeAll
    static void generate() {
        long started = System.nanoTime();
        var catalog = new InMemoryCatalog();
        var categories = new ArrayList<Category>();
        var catalogSkills = new ArrayList<Skill>();
        int position = 1;
        for (var category : List.of(
                "Programming languages",
                "Frameworks",
                "Relational databases",
                "NoSQL databases",
                "Data operations",
                "APIs and integration",
                "Security",
                "Servers and DevOps",
                "Cloud platforms",
                "Performance and scalability",
                "Testing and debugging",
                "Architecture and design",
                "Emerging areas")) {
            var added = new Category(CategoryId.random(), category, null, position++, 0);
            categories.add(added);
            for (int s = 1; s <= 8; s++) {
                catalogSkills.add(new Skill(SkillId.random(), added.id(), category + " skill " + s, null, s, false, 0));
            }
        }
        var organisation = DemoOrganisationGenerator.generate(categories, catalogSkills, SETTINGS, NOW);
        categories.forEach(catalog::add);
        organisation.addedCategories().forEach(catalog::add);
        catalogSkills.forEach(catalog::add);
        organisation.addedSkills().forEach(catalog::add);
        var active = catalog.skills();
        skills = active.size();

        var peopleStore = new InMemoryPeople();
        organisation.people().forEach(peopleStore::add);
        var teams = new InMemoryTeams();
        organisation.teams().forEach(teams::add);
        people = organisation.teams().stream()
                .mapToInt(team -> team.members().size())
                .sum();
        var rows = new GeneratedMatrixRows(organisation, active);
        var assessments = new InMemoryAssessments();
        var targets = new InMemoryTeamTargets();
        var certificationHolders = new CertificationHolders(
                new InMemoryCertificationTargets(),
                new InMemoryCertifications(),
                new InMemoryCertificates(),
                new CertificateValidity(CertificateValidity.DEFAULT_EXPIRING_WITHIN, Clock.fixed(NOW, ZoneOffset.UTC)));
        var sources = new ReportSources(
                catalog,
                new InMemoryScale(),
                peopleStore,
                teams,
                assessments,
                new InMemoryRoleProfiles(),
                new InMemoryCoverage(catalog, teams, peopleStore, targets, assessments),
                rows,
                new InMemoryLevelCounts(catalog, peopleStore, assessments),
                new InMemoryDevelopmentGoals(),
                targets,
                new InMemoryTargetHolders(catalog, peopleStore, teams, targets, assessments),
                new RatingAge(RatingAge.DEFAULT_STALE_AFTER, false, Clock.fixed(NOW, ZoneOffset.UTC)),
                new InMemoryStaffingCandidates(peopleStore, teams, assessments),
                certificationHolders);
        var clock = Clock.fixed(NOW, ZoneOffset.UTC);
        export = new ExportReport(
                sources,
                new ReportFileWriter(),
                new AccessPolicy(teams),
                new Auditor(new InMemoryAuditLog(), clock),
                clock,
                ExportLimits.DEFAULT,
                PrivacyThreshold.DEFAULT,
                new AnalyseWhatIf(
                        teams,
                        targets,
                        certificationHolders,
                        new InMemoryMatrices(teams, peopleStore, assessments),
                        assessments,
                        sources.coverage(),
                        new InMemoryPeopleSearch(peopleStore, teams, assessments),
                        catalog,
                        peopleStore,
                        new AccessPolicy(teams),
                        PrivacyThreshold.DEFAULT));
        hr = Actor.of(peopleStore.byEmail(DemoPeople.HR).orElseThrow().id(), Role.HR, Role.EMPLOYEE);
        System.out.printf(
                Locale.ROOT,
                "Generated %,d people in %,d teams by %d skills in %.1f s; max heap %d MB%n",
                people,
                organisation.teams().size(),
                skills,
                seconds(started),
                Runtime.getRuntime().maxMemory() / (1 << 20));
    }

    @Test
    void theWholeMatrixExportsAsXlsxInBoundedMemory() throws IOException, XMLStreamException {
        var file = folder.resolve("matrix.xlsx");
        long started = exportTo(file, ReportFormat.XLSX);

        report("XLSX", file, started);
        try (var zip = new ZipFile(file.toFile())) {
            assertThat(zip.getEntry("xl/worksheets/sheet1.xml"))
                    .as("the cover sheet")
                    .isNotNull();
            var rows = countRows(zip, "xl/worksheets/sheet2.xml");
            assertThat(rows).isEqualTo(2 + people + 2);
        }
    }

    @Test
    void theWholeMatrixExportsAsCsvInBoundedMemory() throws IOException {
        var file = folder.resolve("matrix.csv");
        long started = exportTo(file, ReportFormat.CSV);

        report("CSV", file, started);
        long records = 0;
        try (var reader = new InputStreamReader(Files.newInputStream(file), StandardCharsets.UTF_8);
                var parser = CSVFormat.RFC4180.parse(reader)) {
            for (var ignored : parser) {
                records++;
            }
        }
        assertThat(records).isEqualTo(1 + (long) people * skills);
    }

    private long exportTo(Path file, ReportFormat format) throws IOException {
        System.gc();
        ManagementFactory.getMemoryPoolMXBeans().forEach(MemoryPoolMXBean::resetPeakUsage);
        long started = System.nanoTime();
        try (var out = new BufferedOutputStream(Files.newOutputStream(file), 1 << 16)) {
            export.export(hr, ReportRequest.Matrix.allTeams(), format, Locale.ENGLISH, out);
        }
        return started;
    }

    private static void report(String format, Path file, long started) throws IOException {
        long peak = ManagementFactory.getMemoryPoolMXBeans().stream()
                .filter(pool -> pool.getType() == MemoryType.HEAP)
                .mapToLong(pool -> pool.getPeakUsage().getUsed())
                .sum();
        System.out.printf(
                Locale.ROOT,
                "%s: %,d people × %d skills, %.1f MB in %.1f s; heap peak %d MB of %d MB%n",
                format,
                people,
                skills,
                Files.size(file) / 1e6,
                seconds(started),
                peak / (1 << 20),
                Runtime.getRuntime().maxMemory() / (1 << 20));
    }

    /** Counts the rows of a worksheet by streaming its XML, which is far too large to load whole here. */
    private static int countRows(ZipFile zip, String sheet) throws IOException, XMLStreamException {
        try (var in = zip.getInputStream(zip.getEntry(sheet))) {
            var reader = XMLInputFactory.newInstance().createXMLStreamReader(in);
            int rows = 0;
            while (reader.hasNext()) {
                if (reader.next() == XMLStreamConstants.START_ELEMENT
                        && reader.getLocalName().equals("row")) {
                    rows++;
                }
            }
            return rows;
        }
    }

    private static double seconds(long started) {
        return (System.nanoTime() - started) / 1e9;
    }
}
