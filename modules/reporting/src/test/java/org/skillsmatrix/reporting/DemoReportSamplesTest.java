package org.skillsmatrix.reporting;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.skillsmatrix.demo.DemoOrganisationGenerator;
import org.skillsmatrix.demo.DemoPeople;
import org.skillsmatrix.demo.DemoSettings;
import org.skillsmatrix.domain.access.Actor;
import org.skillsmatrix.domain.access.Role;
import org.skillsmatrix.domain.assessment.Assessment;
import org.skillsmatrix.domain.catalog.Category;
import org.skillsmatrix.domain.catalog.Skill;
import org.skillsmatrix.domain.report.ReportFormat;
import org.skillsmatrix.domain.report.ReportRequest;
import org.skillsmatrix.domain.testing.TestOrganisation;

/**
 * Every report in every format for the demo organisation, the PDFs and workbooks in German too ({@code -de}),
 * written to {@code target/report-samples}: a smoke test over realistic data, and the files the pictures in
 * docs/reports.md are made from.
 */
class DemoReportSamplesTest {

    private static final Map<String, List<String>> CATALOG = Map.ofEntries(
            Map.entry("Programming languages", List.of("Java", "Kotlin", "Python", "Go")),
            Map.entry("Frameworks", List.of("Spring Boot", "Django", "Express", "Rails")),
            Map.entry(
                    "Relational databases",
                    List.of("PostgreSQL", "SQL", "Relational schema design", "Query optimisation")),
            Map.entry("NoSQL databases", List.of("MongoDB", "Redis", "Elasticsearch")),
            Map.entry(
                    "Data operations",
                    List.of("Replication and high availability", "Backup and recovery", "Schema migrations")),
            Map.entry("APIs and integration", List.of("REST API design", "GraphQL", "Messaging")),
            Map.entry("Security", List.of("Authentication", "OWASP Top 10", "Encryption and key management")),
            Map.entry("Servers and DevOps", List.of("Linux administration", "CI/CD pipelines", "Logging and tracing")),
            Map.entry("Cloud platforms", List.of("AWS", "Azure", "Google Cloud")),
            Map.entry("Testing and debugging", List.of("Unit testing", "Integration testing", "Debugging")));

    private static final List<String> ORDER = List.of(
            "Programming languages",
            "Frameworks",
            "Relational databases",
            "NoSQL databases",
            "Data operations",
            "APIs and integration",
            "Security",
            "Servers and DevOps",
            "Cloud platforms",
            "Testing and debugging");

    @Test
    void everyReportInEveryFormatIsWrittenForTheDemoOrganisation() throws IOException {
        var world = new TestOrganisation();
        var skills = new ArrayList<Skill>();
        var categories = new ArrayList<Category>();
        for (var name : ORDER) {
            var category = world.category(name);
            categories.add(category);
            CATALOG.get(name).forEach(skill -> skills.add(world.skill(category, skill)));
        }
        var demo = DemoOrganisationGenerator.generate(categories, skills, DemoSettings.DEFAULT, world.clock.instant());
        demo.roleProfiles().forEach(world.roleProfiles::add);
        demo.people().forEach(world.people::add);
        demo.teams().forEach(world.teams::add);
        demo.targets().forEach(world.targets::add);
        var assessments = new ArrayList<Assessment>();
        demo.forEachAssessment(assessments::add);
        world.assessments.appendAll(assessments);

        var export = world.exportReportWith(new ReportFileWriter());
        var hr = Actor.of(world.people.byEmail(DemoPeople.HR).orElseThrow().id(), Role.HR, Role.EMPLOYEE);
        var noah = world.people.byEmail(DemoPeople.EMPLOYEE).orElseThrow();
        var payments = world.teams.all().stream()
                .filter(t -> t.name().equals("Payments"))
                .findFirst()
                .orElseThrow();
        var requests = List.of(
                ReportRequest.Matrix.allTeams(),
                new ReportRequest.TeamGaps(payments.id()),
                new ReportRequest.OrganisationGaps(),
                new ReportRequest.Profile(noah.id()),
                ReportRequest.Coverage.lastYear());
        var folder = Files.createDirectories(Path.of("target", "report-samples"));
        int exported = 0;
        for (var request : requests) {
            for (var format : ReportFormat.values()) {
                for (var language :
                        format.forMachines() ? List.of(Locale.ENGLISH) : List.of(Locale.ENGLISH, Locale.GERMAN)) {
                    var written = new Path[1];
                    var file = export.export(hr, request, format, language, named -> {
                        var suffix = (format == ReportFormat.CSV_EXCEL ? "-excel" : "")
                                + (language.equals(Locale.ENGLISH) ? "" : "-" + language.getLanguage());
                        written[0] = folder.resolve(
                                named.name().replace("." + format.extension(), suffix + "." + format.extension()));
                        return Files.newOutputStream(written[0]);
                    });
                    assertThat(Files.size(written[0])).as(file.name()).isGreaterThan(500);
                    exported++;
                }
            }
        }
        assertThat(world.auditLog.entries()).hasSize(exported);
    }
}
