package org.skillsmatrix.app.report;

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
import java.util.Locale;
import java.util.zip.ZipFile;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import org.apache.commons.csv.CSVFormat;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.skillsmatrix.domain.access.Actor;
import org.skillsmatrix.domain.access.Role;
import org.skillsmatrix.domain.assessment.Assessments;
import org.skillsmatrix.domain.catalog.Catalog;
import org.skillsmatrix.domain.catalog.Skill;
import org.skillsmatrix.domain.demo.DemoPeople;
import org.skillsmatrix.domain.people.People;
import org.skillsmatrix.domain.report.ExportReport;
import org.skillsmatrix.domain.report.ReportFormat;
import org.skillsmatrix.domain.report.ReportRequest;
import org.skillsmatrix.domain.team.Teams;
import org.skillsmatrix.persistence.PersistenceConfiguration;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.ComponentScan;
import org.springframework.context.annotation.Import;

/**
 * The whole matrix of an organisation of 10,000 people in 1,000 teams by 200 skills, stored in PostgreSQL by the
 * application's demo-data loader, exports as XLSX and CSV through the export use case in a JVM whose heap is
 * fixed at 256 MB: the rows stream from the database through a cursor into the file. Runs on its own with
 * {@code ./mvnw -pl modules/app -am verify -Plarge-organisation} (see docs/reports.md), which sets the heap; a
 * benchmark, not part of the test command, as storing the organisation takes minutes. Sizes, times and the heap's
 * peak are printed, completion and row counts asserted.
 */
@SpringBootTest(
        classes = LargeOrganisationExportBenchmark.Application.class,
        webEnvironment = SpringBootTest.WebEnvironment.NONE,
        properties = {
            "skills-matrix.demo-data.enabled=true",
            "skills-matrix.demo-data.people=10000",
            "skills-matrix.demo-data.teams=1000",
            "skills-matrix.demo-data.skills=200",
            "skills-matrix.demo-data.months=9",
            "skills-matrix.demo-data.seed=20260101",
            "logging.level.liquibase=warn"
        })
class LargeOrganisationExportBenchmark {

    /** The use cases, the persistence adapter and the demo data on the embedded database; no web, no views. */
    @SpringBootConfiguration
    @EnableAutoConfiguration(
            excludeName = {
                "com.vaadin.flow.spring.SpringBootAutoConfiguration",
                "com.vaadin.flow.spring.SpringSecurityAutoConfiguration",
                "com.vaadin.flow.spring.VaadinScopesConfig"
            })
    @ConfigurationPropertiesScan("org.skillsmatrix.app")
    @ComponentScan({"org.skillsmatrix.app.usecase", "org.skillsmatrix.app.demo", "org.skillsmatrix.app.database"})
    @Import(PersistenceConfiguration.class)
    static class Application {}

    @Autowired
    ExportReport exportReport;

    @Autowired
    People people;

    @Autowired
    Teams teams;

    @Autowired
    Catalog catalog;

    @Autowired
    Assessments assessments;

    @TempDir
    Path folder;

    @Test
    void the_whole_matrix_exports_from_the_database_as_xlsx_in_bounded_memory() throws Exception {
        var file = folder.resolve("matrix.xlsx");
        long started = exportTo(file, ReportFormat.XLSX);

        report("XLSX", file, started);
        try (var zip = new ZipFile(file.toFile())) {
            assertThat(countRows(zip, "xl/worksheets/sheet2.xml")).isEqualTo(2 + members() + 2);
        }
    }

    @Test
    void the_whole_matrix_exports_from_the_database_as_csv_in_bounded_memory() throws IOException {
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
        assertThat(records).isEqualTo(1 + (long) members() * skills());
    }

    private long exportTo(Path file, ReportFormat format) throws IOException {
        var hr = Actor.of(people.byEmail(DemoPeople.HR).orElseThrow().id(), Role.HR, Role.EMPLOYEE);
        System.gc();
        ManagementFactory.getMemoryPoolMXBeans().forEach(MemoryPoolMXBean::resetPeakUsage);
        long started = System.nanoTime();
        try (var out = new BufferedOutputStream(Files.newOutputStream(file), 1 << 16)) {
            exportReport.export(hr, ReportRequest.Matrix.allTeams(), format, out);
        }
        return started;
    }

    private int members() {
        return teams.all().stream().mapToInt(team -> team.members().size()).sum();
    }

    private int skills() {
        return (int) catalog.skills().stream().filter(Skill::active).count();
    }

    private void report(String format, Path file, long started) throws IOException {
        double seconds = (System.nanoTime() - started) / 1e9;
        long peak = ManagementFactory.getMemoryPoolMXBeans().stream()
                .filter(pool -> pool.getType() == MemoryType.HEAP)
                .mapToLong(pool -> pool.getPeakUsage().getUsed())
                .sum();
        System.out.printf(
                Locale.ROOT,
                "%s from PostgreSQL: %,d people in %,d teams × %d skills (%,d assessments), %.1f MB in %.1f s; "
                        + "heap peak %d MB of %d MB%n",
                format,
                members(),
                teams.all().size(),
                skills(),
                assessments.count(),
                Files.size(file) / 1e6,
                seconds,
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
}
