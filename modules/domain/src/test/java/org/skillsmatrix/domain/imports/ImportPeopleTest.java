package org.skillsmatrix.domain.imports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.skillsmatrix.domain.testing.DomainAssertions.assertDenied;
import static org.skillsmatrix.domain.testing.TestOrganisation.admin;
import static org.skillsmatrix.domain.testing.TestOrganisation.hr;
import static org.skillsmatrix.domain.testing.TestOrganisation.manager;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.skillsmatrix.domain.access.Actor;
import org.skillsmatrix.domain.imports.ImportResult.Verdict;
import org.skillsmatrix.domain.people.Person;
import org.skillsmatrix.domain.team.Team;
import org.skillsmatrix.domain.testing.TestOrganisation;

class ImportPeopleTest {

    private final TestOrganisation world = new TestOrganisation();
    private final Person hilda = world.person("Hilda Ruiz");
    private final Actor hr = hr(hilda);
    private final Person noah = world.person("Noah Fischer");
    private final Person maya = world.person("Maya Schmidt");
    private final Team payments = world.team("Payments", List.of(noah), List.of(maya));
    private final Team platform = world.team("Platform", List.of(maya), List.of());

    @Test
    void addsNewPeopleChangesKnownOnesAndRegroupsThemAsTheFileSays() {
        var profile = world.roleProfile("Senior Back-end Engineer", Map.of());
        var file = """
                email,name,teams,manages,role_profile,active
                noah.fischer@example.com,Noah Fischer,Platform,,Senior Back-end Engineer,true
                Ada.Lovelace@Example.com,Ada Lovelace,Payments;Platform,,,
                maya.schmidt@example.com,Maya Schmidt,,Payments;Platform,,yes
                """;

        var result = world.importPeople.apply(hr, csv(file), false);

        assertThat(result.verdict()).isEqualTo(Verdict.VALID);
        assertThat(result.applied()).isTrue();
        assertThat(result.rows()).isEqualTo(3);
        assertThat(result.summary()).isEqualTo(new PeopleImportSummary(1, 1, 1, 0, 2));
        var ada = world.people.byEmail("ada.lovelace@example.com").orElseThrow();
        assertThat(ada.name()).isEqualTo("Ada Lovelace");
        assertThat(ada.active()).isTrue();
        assertThat(world.people.byId(noah.id()).orElseThrow().roleProfile()).isEqualTo(profile.id());
        assertThat(world.teams.byId(payments.id()).orElseThrow().members()).containsExactly(ada.id());
        assertThat(world.teams.byId(payments.id()).orElseThrow().managers()).containsExactly(maya.id());
        assertThat(world.teams.byId(platform.id()).orElseThrow().members())
                .containsExactlyInAnyOrder(noah.id(), ada.id());
        assertThat(world.teams.byId(platform.id()).orElseThrow().managers()).containsExactly(maya.id());
        assertThat(world.auditLog.newest(10))
                .extracting(entry -> entry.action())
                .contains("person.added", "person.changed", "team.changed", "people.imported");
    }

    @Test
    void importingTheSameFileTwiceChangesNothingTheSecondTime() {
        var file = """
                email,name,teams,manages
                noah.fischer@example.com,Noah Fischer,Platform,
                new.person@example.com,New Person,Research,Research
                """;
        world.importPeople.apply(hr, csv(file), true);
        var people = world.people.all();
        var teams = world.teams.all();
        var audit = world.auditLog.newest(1000).size();

        var again = world.importPeople.apply(hr, csv(file), true);

        assertThat(again.summary()).isEqualTo(new PeopleImportSummary(0, 0, 2, 0, 0));
        assertThat(world.people.all()).isEqualTo(people);
        assertThat(world.teams.all()).isEqualTo(teams);
        assertThat(world.auditLog.newest(1000)).hasSize(audit);
    }

    @Test
    void columnsLeftOutLeaveWhatTheyStandForAsItIs() {
        var result = world.importPeople.apply(hr, csv("name,email\nNoah F.,noah.fischer@example.com\n"), false);

        assertThat(result.summary()).isEqualTo(new PeopleImportSummary(0, 1, 0, 0, 0));
        assertThat(world.teams.byId(payments.id()).orElseThrow().members()).containsExactly(noah.id());
        assertThat(world.people.byId(noah.id()).orElseThrow().name()).isEqualTo("Noah F.");
    }

    @Test
    void anApplyTakesTheImportLockAndADryRunDoesNot() {
        var file = "email,name\nx@example.com,X\n";

        world.importPeople.check(hr, csv(file), false);
        assertThat(world.importLock.taken()).isZero();
        world.importPeople.apply(hr, csv(file), false);
        assertThat(world.importLock.taken()).isEqualTo(1);
    }

    @Test
    void validatingSaysWhatTheImportWouldDoAndWritesNothing() {
        var result = world.importPeople.check(hr, csv("email,name,teams\nx@example.com,X,Payments\n"), false);

        assertThat(result.valid()).isTrue();
        assertThat(result.applied()).isFalse();
        assertThat(result.summary()).isEqualTo(new PeopleImportSummary(1, 0, 0, 0, 1));
        assertThat(world.people.byEmail("x@example.com")).isEmpty();
        assertThat(world.auditLog.newest(10)).isEmpty();
    }

    @Test
    void reportsEveryProblemWithItsLineAndColumnAndWritesNothing() {
        var file = """
                email,name,teams,manages,role_profile,active
                not-an-email,Bad Mail,,,,
                ok@example.com,,,,,
                dup@example.com,Dup One,Nowhere,,,
                dup@example.com,Dup Two,,Payments,Junior,maybe
                short@example.com,Short
                """;
        long before = world.people.count();

        var result = world.importPeople.apply(hr, csv(file), false);

        assertThat(result.verdict()).isEqualTo(Verdict.INVALID);
        assertThat(result.applied()).isFalse();
        assertThat(result.summary()).isNull();
        assertThat(result.problems())
                .extracting(ImportProblem::line, ImportProblem::column, ImportProblem::field)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(2L, 1, "email"),
                        org.assertj.core.groups.Tuple.tuple(3L, 2, "name"),
                        org.assertj.core.groups.Tuple.tuple(4L, 3, "teams"),
                        org.assertj.core.groups.Tuple.tuple(5L, 1, "email"),
                        org.assertj.core.groups.Tuple.tuple(5L, 5, "role_profile"),
                        org.assertj.core.groups.Tuple.tuple(5L, 6, "active"),
                        org.assertj.core.groups.Tuple.tuple(6L, 0, null));
        assertThat(result.problems().get(0).message()).contains("not a valid e-mail address");
        assertThat(result.problems().get(2).message()).contains("There is no team ‘Nowhere’");
        assertThat(result.problems().get(3).message()).contains("on line 4 already");
        assertThat(result.problems().get(6).message()).contains("2 values where the header names 6 columns");
        assertThat(result.problems())
                .extracting(problem -> problem.message(Locale.GERMAN))
                .containsExactly(
                        "„not-an-email“ ist keine gültige E-Mail-Adresse",
                        "Der Wert fehlt",
                        "Es gibt kein Team „Nowhere“; legen Sie es zuerst an oder importieren Sie so, dass Teams"
                                + " angelegt werden",
                        "Die Person mit der E-Mail-Adresse dup@example.com steht schon in Zeile 4; nennen Sie jede"
                                + " Person einmal",
                        "Es gibt kein Rollenprofil „Junior“; die Rollenprofile sind ",
                        "Aktiv muss true oder false sein, nicht „maybe“",
                        "Die Zeile hat 2 Werte, die Kopfzeile nennt 6 Spalten");
        assertThat(result.problemCount()).isEqualTo(7);
        assertThat(world.people.count()).isEqualTo(before);
    }

    @Test
    void createsTeamsItNamesWhenAskedTo() {
        var file = "email,name,teams\nnoah.fischer@example.com,Noah Fischer,Research; payments\n";

        var result = world.importPeople.apply(hr, csv(file), true);

        assertThat(result.summary()).isEqualTo(new PeopleImportSummary(0, 0, 1, 1, 0));
        var research = world.teams.all().stream()
                .filter(team -> team.name().equals("Research"))
                .findFirst()
                .orElseThrow();
        assertThat(research.members()).containsExactly(noah.id());
        assertThat(world.teams.byId(payments.id()).orElseThrow().members()).containsExactly(noah.id());
    }

    @Test
    void aFileWithoutTheRequiredHeaderIsRefusedOnLineOne() {
        var result = world.importPeople.apply(hr, csv("noah.fischer@example.com,Noah Fischer\n"), false);

        assertThat(result.verdict()).isEqualTo(Verdict.INVALID);
        assertThat(result.problems()).extracting(ImportProblem::line).containsOnly(1L);
        assertThat(result.problems())
                .anySatisfy(problem -> assertThat(problem.message()).contains("lacks the columns email, name"));
    }

    @Test
    void anUnknownColumnIsNamed() {
        var result = world.importPeople.apply(hr, csv("email,name,shoe_size\n"), false);

        assertThat(result.problems()).singleElement().satisfies(problem -> {
            assertThat(problem.column()).isEqualTo(3);
            assertThat(problem.message()).startsWith("There is no column ‘shoe_size’");
        });
    }

    @Test
    void anOverlongColumnOrValueIsQuotedCutNotWhole() {
        var column = "x".repeat(100_000);
        var team = "t".repeat(100_000);

        var header = world.importPeople.apply(hr, csv("email,name," + column + "\n"), false);
        var row = world.importPeople.apply(
                hr, csv("email,name,teams\nnew.person@example.com,New Person," + team + "\n"), false);

        assertThat(header.problems()).singleElement().satisfies(problem -> {
            assertThat(problem.field()).hasSize(ImportProblem.QUOTED_AT_MOST).endsWith("x…");
            assertThat(problem.message())
                    .startsWith("There is no column ‘xxx")
                    .contains("x…’")
                    .hasSizeLessThan(400);
        });
        assertThat(row.problems())
                .singleElement()
                .satisfies(problem -> assertThat(problem.message())
                        .startsWith("There is no team ‘ttt")
                        .contains("t…’")
                        .hasSizeLessThan(400));
    }

    @Test
    void bytesThatAreNotUtf8AreReportedWithTheirLine() {
        var bytes = "email,name\nok@example.com,Ok\nbad@example.com,B\u00e4d\n".getBytes(StandardCharsets.ISO_8859_1);

        var result = world.importPeople.apply(hr, new ByteArrayInputStream(bytes), false);

        assertThat(result.verdict()).isEqualTo(Verdict.INVALID);
        assertThat(result.problems()).singleElement().satisfies(problem -> {
            assertThat(problem.line()).isEqualTo(3);
            assertThat(problem.column()).isEqualTo(18);
            assertThat(problem.message()).contains("not UTF-8").contains("0xE4");
        });
    }

    @Test
    void aByteOrderMarkAndMixedLineEndingsAreFine() {
        var file = "\uFEFFemail,name\r\na@example.com,A\rb@example.com,B\n";

        var result = world.importPeople.apply(hr, csv(file), false);

        assertThat(result.summary()).isEqualTo(new PeopleImportSummary(2, 0, 0, 0, 0));
    }

    @Test
    void filesOverTheLimitsAreRefusedAsAWhole() {
        var small = new ImportPeople(
                world.people,
                world.teams,
                world.roleProfiles,
                world.csvReader,
                world.policy,
                world.auditor,
                new ImportLimits(60, 2),
                world.importLock);

        var tooManyBytes = small.apply(hr, csv("email,name\n" + "a@example.com,A\n".repeat(4)), false);
        var tooManyRows = small.apply(hr, csv("email,name\na@x.io,A\nb@x.io,B\nc@x.io,C\n"), false);

        assertThat(tooManyBytes.verdict()).isEqualTo(Verdict.TOO_LARGE);
        assertThat(tooManyBytes.problems().getFirst().message()).contains("larger than 60 bytes");
        assertThat(tooManyRows.verdict()).isEqualTo(Verdict.TOO_LARGE);
        assertThat(tooManyRows.problems().getFirst().message())
                .contains("3 rows")
                .contains("at most 2");
    }

    @Test
    void onlyHrAndAdminsImportPeople() {
        assertDenied(() -> world.importPeople.check(manager(maya), csv("email,name\n"), false));
        assertThat(world.importPeople
                        .check(admin(world.person("Adam Admin")), csv("email,name\n"), false)
                        .valid())
                .isTrue();
    }

    static InputStream csv(String text) {
        return new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8));
    }
}
