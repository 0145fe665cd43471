package org.skillsmatrix.ui.imports;

import static com.github.mvysny.kaributesting.v10.GridKt._getFormatted;
import static com.github.mvysny.kaributesting.v10.GridKt._size;
import static com.github.mvysny.kaributesting.v10.LocatorJ._assertOne;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static com.github.mvysny.kaributesting.v10.UploadKt._upload;
import static org.assertj.core.api.Assertions.assertThat;
import static org.skillsmatrix.domain.testing.TestOrganisation.admin;
import static org.skillsmatrix.domain.testing.TestOrganisation.employee;
import static org.skillsmatrix.domain.testing.TestOrganisation.hr;
import static org.skillsmatrix.domain.testing.TestOrganisation.manager;

import com.vaadin.flow.component.UI;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.skillsmatrix.domain.access.Actor;
import org.skillsmatrix.domain.base.PersonId;
import org.skillsmatrix.domain.imports.ImportLimits;
import org.skillsmatrix.domain.people.Person;
import org.skillsmatrix.domain.team.Team;
import org.skillsmatrix.ui.base.ErrorView;
import org.skillsmatrix.ui.base.ViewRoutes;
import org.skillsmatrix.ui.testing.UiWorld;

/** HR imports people, teams, ratings and certificates from CSV: every problem shown first, nothing written until it is valid. */
class ImportViewTest {

    private final UiWorld world = new UiWorld();
    private final Person hannah = world.org.person("Hannah Ruiz");
    private final Person maya = world.org.person("Maya Schmidt");
    private final Team payments = world.org.team("Payments", List.of(), List.of(maya));

    @AfterEach
    void close() {
        world.close();
    }

    @Test
    void hrSeesWhatAValidFileChangesAndThenImportsIt() {
        var view = open(hr(hannah));
        _setValue(view.kind, ImportKind.PEOPLE);

        upload(view, "people.csv", """
                email,name,teams
                noah.fischer@example.com,Noah Fischer,Payments
                maya.schmidt@example.com,Maya Schmidt,
                """);

        assertThat(view.status.getText())
                .isEqualTo("“people.csv” is valid (2 rows). Importing it will make these changes:"
                        + " 1 person added, 0 changed, 1 unchanged; 0 teams added, 1 changed.");
        assertThat(view.problems.isVisible()).isFalse();
        assertThat(world.org.people.byEmail("noah.fischer@example.com")).isEmpty();

        _click(view.importFile);

        var noah = world.org.people.byEmail("noah.fischer@example.com").orElseThrow();
        assertThat(world.org.teams.byId(payments.id()).orElseThrow().members()).containsExactly(noah.id());
        assertThat(view.status.getText())
                .isEqualTo("Imported “people.csv”: 1 person added, 0 changed, 1 unchanged; 0 teams added, 1 changed.");
        assertThat(view.importFile.isVisible()).isFalse();
    }

    @Test
    void everyProblemIsListedWithItsLineAndColumnAndNothingIsWritten() {
        var view = open(hr(hannah));
        _setValue(view.kind, ImportKind.PEOPLE);

        upload(view, "people.csv", """
                email,name,teams
                not-an-address,Noah Fischer,Payments
                cleo.clark@example.com,Cleo Clark,Search
                """);

        assertThat(view.status.getText())
                .isEqualTo("“people.csv” has 2 problems, so nothing can be imported."
                        + " Correct the file and upload it again.");
        assertThat(view.status.getElement().getAttribute("role")).isEqualTo("alert");
        assertThat(view.importFile.isVisible()).isFalse();
        assertThat(_size(view.problems)).isEqualTo(2);
        assertThat(row(view, 0)).startsWith("2 | email | ");
        assertThat(row(view, 1)).startsWith("3 | teams | ").contains("Search");
        assertThat(world.org.people.all()).hasSize(2);
    }

    @Test
    void theProblemsReadInThePagesLanguage() {
        world.org.certification("Certified Kubernetes Administrator (CKA)");
        world.signIn(hannah, hr(hannah));
        UI.getCurrent().setLocale(Locale.GERMAN);
        world.navigate(ViewRoutes.IMPORT);
        var view = _get(ImportView.class);
        _setValue(view.kind, ImportKind.CERTIFICATES);

        upload(view, "zertifikate.csv", """
                email,certification,issued,expires,evidence
                maya.schmidt@example.com,Certified Kubernetes Wizard,2024-05-01,2027-05-01,
                nobody@example.com,Certified Kubernetes Administrator (CKA),1.5.2024,2027-05-01,ftp://example.com
                """);

        assertThat(view.status.getText()).startsWith("„zertifikate.csv“ hat 3 Probleme");
        assertThat(_size(view.problems)).isEqualTo(3);
        assertThat(row(view, 0))
                .isEqualTo("2 | certification | Es gibt keine Zertifizierung „Certified Kubernetes Wizard“ im"
                        + " Katalog; eine Administratorin oder ein Administrator legt sie an");
        assertThat(row(view, 1))
                .isEqualTo("3 | email | Niemand hat die E-Mail-Adresse nobody@example.com; importieren Sie die Person"
                        + " zuerst");
        assertThat(row(view, 2))
                .isEqualTo("3 | issued | Das Ausstellungsdatum muss ein ISO-Datum sein, z. B. 2026-01-12, nicht"
                        + " „1.5.2024“");
    }

    @Test
    void teamsTheFileNamesAreAddedOnlyWhenAsked() {
        var view = open(hr(hannah));
        _setValue(view.kind, ImportKind.PEOPLE);
        upload(view, "people.csv", "email,name,teams\ncleo.clark@example.com,Cleo Clark,Search\n");
        assertThat(_size(view.problems)).isEqualTo(1);

        _setValue(view.createTeams, true);

        assertThat(view.status.getText()).contains("1 person added").contains("1 team added");
        _click(view.importFile);
        assertThat(world.org.teams.all()).extracting(Team::name).contains("Search");
    }

    @Test
    void ratingsImportOnceAndTheSameFileAgainChangesNothing() {
        world.org.skill("PostgreSQL");
        world.org.team("Platform", List.of(maya), List.of(world.org.person("Adam Novak")));
        var view = open(hr(hannah));
        _setValue(view.kind, ImportKind.RATINGS);
        var ratings = """
                email,skill,level,source,assessed_at,interest,assessor
                maya.schmidt@example.com,PostgreSQL,3,self,2025-01-12T09:30:00Z,wants_to_grow,
                maya.schmidt@example.com,PostgreSQL,2,manager,2025-01-20,,adam.novak@example.com
                """;

        upload(view, "ratings.csv", ratings);
        assertThat(view.status.getText()).endsWith("2 ratings added, 0 present already.");
        _click(view.importFile);
        assertThat(world.org.assessments.history(maya.id())).hasSize(2);

        upload(view, "ratings.csv", ratings);

        assertThat(view.status.getText())
                .isEqualTo("“ratings.csv” is valid (2 rows) and holds nothing new: importing it would change nothing.");
        assertThat(view.importFile.isEnabled()).isFalse();
    }

    @Test
    void certificatesImportOnceAndABadLineIsShownWithItsLine() {
        var cka = world.org.certification("Certified Kubernetes Administrator (CKA)");
        var view = open(hr(hannah));
        _setValue(view.kind, ImportKind.CERTIFICATES);
        assertThat(view.columns.getText())
                .contains("email, certification, issued, expires")
                .contains("evidence");

        upload(view, "certificates.csv", """
                email,certification,issued,expires,evidence
                maya.schmidt@example.com,Certified Kubernetes Administrator (CKA),2024-05-01,2027-05-01,
                maya.schmidt@example.com,Certified Kubernetes Wizard,2024-05-01,2027-05-01,
                """);

        assertThat(view.status.getText()).startsWith("“certificates.csv” has one problem");
        assertThat(row(view, 0))
                .isEqualTo("3 | certification | There is no certification ‘Certified Kubernetes Wizard’ in the catalog;"
                        + " an admin adds it");
        assertThat(world.org.certificates.of(List.of(maya.id()))).isEmpty();

        var valid = """
                email,certification,issued,expires,evidence
                maya.schmidt@example.com,Certified Kubernetes Administrator (CKA),2024-05-01,2027-05-01,
                """;
        upload(view, "certificates.csv", valid);
        assertThat(view.status.getText()).endsWith("1 certificate added, 0 present already.");
        _click(view.importFile);

        assertThat(world.org.certificates.of(List.of(maya.id())))
                .singleElement()
                .satisfies(
                        certificate -> assertThat(certificate.certification()).isEqualTo(cka.id()));
        assertThat(view.status.getText())
                .isEqualTo("Imported “certificates.csv”: 1 certificate added, 0 present already.");

        upload(view, "certificates.csv", valid);

        assertThat(view.status.getText())
                .startsWith("“certificates.csv” is valid")
                .endsWith("holds nothing new: importing it would change nothing.");
        assertThat(view.importFile.isEnabled()).isFalse();
    }

    @Test
    void choosingAnotherKindChecksTheFileAgain() {
        var view = open(hr(hannah));
        _setValue(view.kind, ImportKind.PEOPLE);
        upload(view, "people.csv", "email,name\ncleo.clark@example.com,Cleo Clark\n");
        assertThat(view.importFile.isEnabled()).isTrue();

        _setValue(view.kind, ImportKind.RATINGS);

        assertThat(view.importFile.isVisible()).isFalse();
        assertThat(row(view, 0)).startsWith("1 |  | The header lacks the columns skill, level");
    }

    @Test
    void aFileOverTheLimitIsRefusedAsAWhole() {
        var view = open(hr(hannah));
        _setValue(view.kind, ImportKind.RATINGS);
        var tooLarge = new byte[Math.toIntExact(ImportLimits.DEFAULT.maxBytes() + 10)];
        Arrays.fill(tooLarge, (byte) 'a');

        _upload(view.upload, "huge.csv", "text/csv", tooLarge);

        assertThat(view.status.getText()).startsWith("“huge.csv” has one problem");
        assertThat(row(view, 0)).startsWith("Whole file |  | The file is larger than 32 MB");
        assertThat(world.org.assessments.history(maya.id())).isEmpty();
    }

    @Test
    void theUploadSaysWhatItTakes() {
        var view = open(hr(hannah));

        assertThat(view.upload.getI18n().getAddFiles().getOne()).isEqualTo("Choose a file…");
        assertThat(view.upload.getI18n().getError().getFileIsTooBig()).isEqualTo("Larger than 32 MB");
        assertThat(view.upload.getMaxFileSize()).isEqualTo(32_000_000);
        assertThat(view.upload.getAcceptedFileExtensions()).containsExactly(".csv");
    }

    @Test
    void adminsImportPeopleAndTeamsButNoRatings() {
        var view = open(admin(hannah));

        assertThat(view.kind.getListDataView().getItems()).containsExactly(ImportKind.PEOPLE);
    }

    @Test
    void employeesAndManagersMayNotImport() {
        for (Actor actor : List.of(employee(maya), manager(maya))) {
            world.signIn(maya, actor);
            world.navigate(ViewRoutes.IMPORT);
            _assertOne(ErrorView.class);
            world.close();
        }
    }

    @Test
    void eachTemplateHasTheColumnsItsImportTakes() {
        for (var kind : ImportKind.values()) {
            var header = new String(kind.template(), StandardCharsets.UTF_8)
                    .lines()
                    .findFirst()
                    .orElseThrow();
            assertThat(header)
                    .isEqualTo(String.join(
                            ",",
                            Stream.concat(kind.required.stream(), kind.optional.stream())
                                    .toList()));
        }
    }

    @Test
    void eachTemplateIsAFileItsImportTakes() {
        world.org.skill("PostgreSQL");
        var robin = world.org.people.add(
                new Person(PersonId.random(), "Robin Example", "robin.example@example.org", null, true, 0));
        var kim = world.org.people.add(
                new Person(PersonId.random(), "Kim Example", "kim.example@example.org", null, true, 0));
        // the ratings template's manager rating is by the manager of Robin's team
        world.org.team("Example Team", List.of(robin), List.of(kim));
        world.org.certification("Certified Kubernetes Administrator (CKA)");
        world.org.certification("CompTIA Security+");
        // the templates' ratings are of January 2026
        world.org.clock.advance(Duration.between(world.org.clock.instant(), Instant.parse("2026-06-01T00:00:00Z")));

        var people =
                world.org.importPeople.check(hr(hannah), new ByteArrayInputStream(ImportKind.PEOPLE.template()), true);
        var ratings =
                world.org.importAssessments.check(hr(hannah), new ByteArrayInputStream(ImportKind.RATINGS.template()));

        var certificates = world.org.importCertificates.check(
                hr(hannah), new ByteArrayInputStream(ImportKind.CERTIFICATES.template()));

        assertThat(people.problems()).isEmpty();
        assertThat(ratings.problems()).isEmpty();
        assertThat(certificates.problems()).isEmpty();
    }

    @Test
    void noTemplateNamesAPersonOrTeamOfTheDemoOrganisation() {
        for (var kind : ImportKind.values()) {
            var template = new String(kind.template(), StandardCharsets.UTF_8);
            assertThat(template).as(kind.name()).doesNotContain("@example.com", "Payments", "Noah", "Maya");
        }
    }

    private ImportView open(Actor actor) {
        world.signIn(world.org.people.byId(actor.person()).orElseThrow(), actor);
        world.navigate(ViewRoutes.IMPORT);
        return _get(ImportView.class);
    }

    private static void upload(ImportView view, String name, String csv) {
        _upload(view.upload, name, "text/csv", csv.getBytes(StandardCharsets.UTF_8));
    }

    private static String row(ImportView view, int index) {
        return _getFormatted(view.problems, index, "line") + " | " + _getFormatted(view.problems, index, "column")
                + " | " + _getFormatted(view.problems, index, "problem");
    }
}
