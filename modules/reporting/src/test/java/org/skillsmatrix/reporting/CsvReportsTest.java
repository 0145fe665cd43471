package org.skillsmatrix.reporting;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.skillsmatrix.domain.assessment.CurrentRating;
import org.skillsmatrix.domain.base.PersonId;
import org.skillsmatrix.domain.base.SkillId;
import org.skillsmatrix.domain.catalog.Skill;
import org.skillsmatrix.domain.people.Person;
import org.skillsmatrix.domain.report.CoverageReport;
import org.skillsmatrix.domain.report.OrganisationGapReport;
import org.skillsmatrix.domain.report.ProfileReport;
import org.skillsmatrix.domain.report.ReportFormat;
import org.skillsmatrix.domain.report.ReportRequest;
import org.skillsmatrix.domain.report.TeamGapReport;
import org.skillsmatrix.domain.scale.Level;
import org.skillsmatrix.domain.testing.TestOrganisation;

class CsvReportsTest {

    private static final List<String> MATRIX_HEADER = List.of(
            "team",
            "person",
            "email",
            "category",
            "skill",
            "level",
            "self_level",
            "manager_level",
            "validated",
            "interest",
            "self_rated_on",
            "manager_rated_on",
            "stale");

    private final SampleOrganisation sample = new SampleOrganisation();
    private final Exports exports = new Exports(sample);

    @Test
    void theMatrixIsTidyOneRowPerMemberAndActiveSkillWithSelfManagerAndValidatedLevels() throws IOException {
        var bytes = exports.file(sample.hr(), ReportRequest.Matrix.allTeams(), ReportFormat.CSV);
        var text = new String(bytes, StandardCharsets.UTF_8);
        assertThat(text).doesNotStartWith("\uFEFF").contains("\r\n").contains("Zoë Müller");

        var records = parse(text, ',');
        assertThat(records.getFirst().values()).containsExactlyElementsOf(MATRIX_HEADER);
        var skills = activeSkills();
        var members = new ArrayList<Person>();
        members.addAll(sample.members(sample.payments));
        members.addAll(sample.members(sample.platform));
        assertThat(records).hasSize(1 + members.size() * skills.size());
        int rated = 0;
        for (int m = 0; m < members.size(); m++) {
            var person = members.get(m);
            var current = currentOf(person);
            for (int s = 0; s < skills.size(); s++) {
                var record = records.get(1 + m * skills.size() + s);
                var skill = skills.get(s);
                assertThat(record.get(0)).isEqualTo(m < 4 ? "Payments" : "Platform");
                assertThat(record.get(1)).isEqualTo(person.name());
                assertThat(record.get(2)).isEqualTo(person.email());
                assertThat(record.get(4)).isEqualTo(skill.name());
                var rating = current.get(skill.id());
                if (rating == null) {
                    assertThat(record.values())
                            .as(person.name() + ", " + skill.name())
                            .endsWith("", "", "", "", "", "", "", "");
                    continue;
                }
                rated++;
                assertThat(record.get(5))
                        .isEqualTo(String.valueOf(rating.level().orElseThrow().value()));
                assertThat(record.get(6))
                        .isEqualTo(rating.selfLevel()
                                .map(l -> String.valueOf(l.value()))
                                .orElse(""));
                assertThat(record.get(7))
                        .isEqualTo(rating.validatedLevel()
                                .map(l -> String.valueOf(l.value()))
                                .orElse(""));
                assertThat(record.get(8)).isEqualTo(rating.manager() == null ? "no" : "yes");
                assertThat(record.get(10))
                        .isEqualTo(
                                rating.self() == null
                                        ? ""
                                        : rating.self().at().toString().substring(0, 10));
                assertThat(record.get(12)).isEqualTo(sample.world.ratingAge.isStale(rating) ? "yes" : "no");
            }
        }
        assertThat(rated).isGreaterThan(40);
        assertThat(records)
                .noneMatch(
                        record -> record.get(4).equals("Perl") || record.get(1).equals("Gina Gone"));
    }

    @Test
    void ratingsLastStatedLongerAgoThanTheStaleAgeAreMarkedStale() throws IOException {
        sample.world.clock.advance(java.time.Duration.ofDays(400));

        var text = new String(
                exports.file(sample.hr(), ReportRequest.Matrix.of(sample.platform.id()), ReportFormat.CSV),
                StandardCharsets.UTF_8);

        var records = parse(text, ',');
        assertThat(records.stream().skip(1).filter(record -> !record.get(5).isEmpty()))
                .isNotEmpty()
                .allSatisfy(record -> assertThat(record.get(12)).isEqualTo("yes"));
        assertThat(records.stream().skip(1).filter(record -> record.get(5).isEmpty()))
                .allSatisfy(record -> assertThat(record.get(12)).isEmpty());
    }

    @Test
    void theExcelVariantStartsWithAByteOrderMarkAndSeparatesWithSemicolons() throws IOException {
        var bytes = exports.file(sample.hr(), ReportRequest.Matrix.of(sample.platform.id()), ReportFormat.CSV_EXCEL);
        assertThat(bytes).startsWith(0xEF, 0xBB, 0xBF);
        var text = new String(bytes, StandardCharsets.UTF_8).substring(1);
        assertThat(text).startsWith(String.join(";", MATRIX_HEADER) + "\r\n");
        var records = parse(text, ';');
        assertThat(records).hasSize(1 + 3 * activeSkills().size());
        assertThat(records.get(1).get(1)).isEqualTo("Carl Jensen");
    }

    @Test
    void cellsASpreadsheetWouldRunAsFormulasAreNeutralised() throws IOException {
        var world = sample.world;
        var evil = List.of(
                person("=HYPERLINK(\"http://example.com\",\"x\")", "link@example.com"),
                person("+1 Plus", "plus@example.com"),
                person("-2 Minus", "minus@example.com"),
                person("@SUM(A1)", "sum@example.com"));
        var team = world.team("=cmd|' /C calc'!A0", evil, List.of());

        var bytes = exports.file(sample.hr(), ReportRequest.Matrix.of(team.id()), ReportFormat.CSV);

        var records = parse(new String(bytes, StandardCharsets.UTF_8), ',');
        assertThat(records.stream().skip(1).map(record -> record.get(0)).distinct())
                .containsExactly("'=cmd|' /C calc'!A0");
        assertThat(records.stream().skip(1).map(record -> record.get(1)).distinct())
                .containsExactlyInAnyOrder(
                        "'=HYPERLINK(\"http://example.com\",\"x\")", "'+1 Plus", "'-2 Minus", "'@SUM(A1)");
    }

    @Test
    void theTeamGapReportHasOneRowPerSkillRiskiestFirst() throws IOException {
        var request = new ReportRequest.TeamGaps(sample.payments.id());
        var data = exports.data(sample.managerOfPayments(), request, TeamGapReport.class);
        var records = parse(
                new String(exports.file(sample.managerOfPayments(), request, ReportFormat.CSV), StandardCharsets.UTF_8),
                ',');

        assertThat(records.getFirst().values())
                .containsExactly(
                        "team",
                        "category",
                        "skill",
                        "counting_level",
                        "target_headcount",
                        "holders",
                        "shortfall",
                        "single_point_of_failure");
        assertThat(records).hasSize(1 + data.skills().size());
        for (int i = 0; i < data.skills().size(); i++) {
            var skill = data.skills().get(i);
            assertThat(records.get(1 + i).values())
                    .containsExactly(
                            "Payments",
                            skill.skill().category(),
                            skill.skill().name(),
                            String.valueOf(skill.countingLevel().value()),
                            String.valueOf(skill.required()),
                            String.valueOf(skill.holders()),
                            String.valueOf(skill.shortfall()),
                            skill.soleHolder() == null ? "" : skill.soleHolder());
        }
    }

    @Test
    void theOrganisationGapReportSumsTeamsPerSkill() throws IOException {
        var request = new ReportRequest.OrganisationGaps();
        var data = exports.data(sample.hr(), request, OrganisationGapReport.class);
        var records =
                parse(new String(exports.file(sample.hr(), request, ReportFormat.CSV), StandardCharsets.UTF_8), ',');

        assertThat(records).hasSize(1 + data.skills().size());
        var shortfall = records.stream()
                .skip(1)
                .mapToInt(record -> Integer.parseInt(record.get("shortfall")))
                .sum();
        assertThat(shortfall).isEqualTo(data.totalShortfall()).isPositive();
    }

    @Test
    void theProfileHasARowPerRatedOrExpectedSkill() throws IOException {
        var actor = TestOrganisation.employee(sample.noah);
        var request = new ReportRequest.Profile(sample.noah.id());
        var data = exports.data(actor, request, ProfileReport.class);
        var records = parse(new String(exports.file(actor, request, ReportFormat.CSV), StandardCharsets.UTF_8), ',');

        long unratedButExpected =
                data.gaps().stream().filter(gap -> gap.current() == null).count();
        assertThat(records).hasSize(1 + data.ratings().size() + (int) unratedButExpected);
        assertThat(records.stream().skip(1).map(record -> record.get("person")).distinct())
                .containsExactly("Noah Fischer");
        var java = records.stream()
                .filter(record -> record.get("skill").equals("Java"))
                .findFirst()
                .orElseThrow();
        assertThat(java.get("expected_level")).isEqualTo("3");
    }

    @Test
    void coverageIsOneRowPerPeriodSkillAndLevel() throws IOException {
        var request = new ReportRequest.Coverage(2);
        var data = exports.data(sample.hr(), request, CoverageReport.class);
        var records =
                parse(new String(exports.file(sample.hr(), request, ReportFormat.CSV), StandardCharsets.UTF_8), ',');

        assertThat(records.getFirst().values())
                .containsExactly("period", "category", "skill", "level", "level_name", "people");
        assertThat(records).hasSize(1 + 3 * 13 * 5);
        var now = records.stream()
                .filter(record -> record.get("period").equals("Now"))
                .toList();
        for (var line : data.skills()) {
            for (var level : Level.values()) {
                var record = now.stream()
                        .filter(r -> r.get("skill").equals(line.skill().name())
                                && r.get("level").equals(String.valueOf(level.value())))
                        .findFirst()
                        .orElseThrow();
                assertThat(record.get("people"))
                        .isEqualTo(String.valueOf(line.now().at(level)));
            }
        }
    }

    private static List<CSVRecord> parse(String text, char delimiter) throws IOException {
        var format = CSVFormat.RFC4180.builder().setDelimiter(delimiter).get();
        try (var parser = format.parse(new StringReader(text))) {
            var records = parser.getRecords();
            if (!records.isEmpty()) {
                var header = records.getFirst();
                var headed = CSVFormat.RFC4180
                        .builder()
                        .setDelimiter(delimiter)
                        .setHeader(header.values())
                        .setSkipHeaderRecord(false)
                        .get();
                try (var again = headed.parse(new StringReader(text))) {
                    return again.getRecords();
                }
            }
            return records;
        }
    }

    private Person person(String name, String email) {
        return sample.world.people.add(new Person(PersonId.random(), name, email, null, true, 0));
    }

    private List<Skill> activeSkills() {
        return sample.world.catalog.skills().stream().filter(Skill::active).toList();
    }

    private Map<SkillId, CurrentRating> currentOf(Person person) {
        Map<SkillId, CurrentRating> bySkill = new HashMap<>();
        sample.world.assessments.current(person.id()).forEach(rating -> bySkill.put(rating.skill(), rating));
        return bySkill;
    }
}
