package org.skillsmatrix.app.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.awaitility.Awaitility.await;
import static org.skillsmatrix.app.api.Problems.assertProblem;
import static org.skillsmatrix.app.api.Problems.errors;

import java.io.ByteArrayOutputStream;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.skillsmatrix.demo.DemoPeople;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * CSV imports of people and teams, of ratings and of certificates: checked as a whole, applied all or nothing,
 * idempotent.
 */
class ImportApiIT extends ApiIT {

    private static final String CSV = "text/csv";

    @Autowired
    DataSource dataSource;

    @Test
    void aDryRunSaysWhatTheImportWouldDoAndWritesNothing() {
        var email = unique("dry");
        var before = rowCounts();

        var answer = csv("hr", "/api/v1/imports/people?dryRun=true", "email,name\n" + email + ",Dry Run\n");

        assertThat(answer.status()).as(answer.describe()).isEqualTo(200);
        assertThat(answer.json())
                .containsEntry("applied", false)
                .containsEntry("rows", 1)
                .containsEntry("peopleAdded", 1);
        assertThat(rowCounts()).isEqualTo(before);
    }

    @Test
    void peopleAndTeamsAreImportedOnceAndTheSameFileAgainChangesNothing() {
        var first = unique("first");
        var second = unique("second");
        var team = "Imported " + UUID.randomUUID().toString().substring(0, 8);
        var file = "email,name,teams,manages\r\n"
                + first + ",First Imported," + team + ",\r\n"
                + second + ",\"Second, Imported\",Payments;" + team + "," + team + "\n";

        var applied = csv("hr", "/api/v1/imports/people?createTeams=true", file);
        assertThat(applied.status()).as(applied.describe()).isEqualTo(200);
        assertThat(applied.json())
                .containsEntry("applied", true)
                .containsEntry("peopleAdded", 2)
                .containsEntry("teamsAdded", 1)
                .containsEntry("teamsChanged", 1);
        assertThat(person(second).name()).isEqualTo("Second, Imported");
        assertThat(team(team).members()).hasSize(2);
        assertThat(team(team).managers()).containsExactly(person(second).id());
        assertThat(payments().members()).contains(person(second).id());

        var before = rowCounts();
        var again = csv("hr", "/api/v1/imports/people?createTeams=true", file);

        assertThat(again.json())
                .containsEntry("peopleAdded", 0)
                .containsEntry("peopleChanged", 0)
                .containsEntry("peopleUnchanged", 2)
                .containsEntry("teamsAdded", 0)
                .containsEntry("teamsChanged", 0);
        assertThat(rowCounts()).isEqualTo(before);
    }

    @Test
    void aMultipartUploadWorksLikeTheBody() {
        var answer =
                multipart("hr", "/api/v1/imports/people?dryRun=true", "email,name\n" + unique("up") + ",Up Load\n");

        assertThat(answer.status()).as(answer.describe()).isEqualTo(200);
        assertThat(answer.json()).containsEntry("peopleAdded", 1);
    }

    @Test
    void everyProblemOfAFileIsListedWithLineAndColumnAndNothingIsWritten() {
        var before = rowCounts();
        var file =
                "email,name,teams\n" + "not-an-email,Bad,\n" + unique("ok") + ",,\n" + unique("dup") + ",One,Nowhere\n";

        var problem = assertProblem(csv("hr", "/api/v1/imports/people", file), 400);

        assertThat(problem.get("detail")).isEqualTo("The file has 3 problems; nothing was imported");
        assertThat(problem).containsEntry("problemCount", 3);
        assertThat(errors(problem))
                .extracting(error -> error.get("line"), error -> error.get("column"), error -> error.get("field"))
                .containsExactly(tuple(2, 1, "email"), tuple(3, 2, "name"), tuple(4, 3, "teams"));
        assertThat(rowCounts()).isEqualTo(before);
    }

    @Test
    void aFileThatIsNotUtf8OrHasNoHeaderIs400() {
        var latin1 = ("email,name\n" + unique("latin") + ",J\u00fcrgen\n").getBytes(StandardCharsets.ISO_8859_1);

        var encoding = assertProblem(bytes("hr", "/api/v1/imports/people", latin1, CSV), 400);
        var header = assertProblem(csv("hr", "/api/v1/imports/people", unique("nohead") + ",No Header\n"), 400);

        assertThat(errors(encoding)).singleElement().satisfies(error -> {
            assertThat(error).containsEntry("line", 2);
            assertThat(error.get("message")).asString().contains("not UTF-8");
        });
        assertThat(errors(header)).allSatisfy(error -> assertThat(error).containsEntry("line", 1));
    }

    @Test
    void ratingsAreImportedOnceAndTheSameFileAgainAddsNothing() {
        var at = Instant.now().minus(3, ChronoUnit.DAYS).truncatedTo(ChronoUnit.SECONDS);
        var file = "email,skill,level,source,assessed_at,interest,assessor,evidence\n"
                + DemoPeople.EMPLOYEE + ",PostgreSQL,3,self," + at + ",wants_to_grow,,imported\n"
                + DemoPeople.EMPLOYEE + "," + activeSkill(7).id() + ",2,manager," + at + ",," + DemoPeople.MANAGER
                + ",\n";

        var dryRun = csv("hr", "/api/v1/imports/assessments?dryRun=true", file);
        var applied = csv("hr", "/api/v1/imports/assessments", file);
        var before = rowCounts();
        var again = csv("hr", "/api/v1/imports/assessments", file);

        assertThat(dryRun.json()).containsEntry("applied", false).containsEntry("added", 2);
        assertThat(applied.json())
                .containsEntry("applied", true)
                .containsEntry("added", 2)
                .containsEntry("alreadyPresent", 0);
        assertThat(again.json()).containsEntry("added", 0).containsEntry("alreadyPresent", 2);
        assertThat(rowCounts()).isEqualTo(before);
    }

    @Test
    void certificatesAreRecordedOnceUnverifiedAndTheSameFileAgainWritesNothing() {
        var evidence = "https://example.com/evidence/" + UUID.randomUUID();
        var file = "email,certification,issued,expires,evidence\n"
                + DemoPeople.EMPLOYEE + ",certified kubernetes administrator (cka),2025-02-01,2028-02-01," + evidence
                + "\n"
                + DemoPeople.MANAGER + ",CompTIA Security+,2024-06-15,2027-06-15," + evidence + "\n";

        var dryRun = csv("hr", "/api/v1/imports/certificates?dryRun=true", file);
        assertThat(dryRun.json()).containsEntry("applied", false).containsEntry("added", 2);
        assertThat(stored(evidence)).isEmpty();

        long audited = newestAuditEntry();
        var applied = csv("hr", "/api/v1/imports/certificates", file);
        var before = rowCounts();
        var again = csv("hr", "/api/v1/imports/certificates", file);

        assertThat(applied.json())
                .containsEntry("applied", true)
                .containsEntry("rows", 2)
                .containsEntry("added", 2)
                .containsEntry("alreadyPresent", 0);
        assertThat(stored(evidence))
                .containsExactlyInAnyOrder(
                        DemoPeople.EMPLOYEE + " Certified Kubernetes Administrator (CKA) 2025-02-01 2028-02-01 false",
                        DemoPeople.MANAGER + " CompTIA Security+ 2024-06-15 2027-06-15 false");
        assertThat(jdbc.query(
                        "select action, subject, detail from audit_entry where id > ? and action like 'certificate%'"
                                + " order by id",
                        (row, number) -> tuple(row.getString(1), row.getString(2), row.getString(3)), audited))
                .as("a certificate recorded per line, and the import")
                .containsExactlyInAnyOrder(
                        tuple(
                                "certificate.recorded",
                                employeeId().toString(),
                                "Certified Kubernetes Administrator (CKA) 2025-02-01 to 2028-02-01, imported"),
                        tuple(
                                "certificate.recorded",
                                managerId().toString(),
                                "CompTIA Security+ 2024-06-15 to 2027-06-15, imported"),
                        tuple(
                                "certificates.imported",
                                "certificates",
                                "2 certificates added, 0 present already, from a file of 2 rows"));
        assertThat(again.json()).containsEntry("added", 0).containsEntry("alreadyPresent", 2);
        assertThat(rowCounts()).isEqualTo(before);
    }

    @Test
    void aCertificateFileWithABadLineWritesNothing() {
        var evidence = "https://example.com/evidence/" + UUID.randomUUID();
        var before = rowCounts();
        var file = "email,certification,issued,expires,evidence\n"
                + DemoPeople.EMPLOYEE + ",CompTIA Security+,2024-06-15,2027-06-15," + evidence + "\n"
                + DemoPeople.EMPLOYEE + ",CompTIA Security+,2024-06-15,2024-06-14,\n"
                + DemoPeople.EMPLOYEE + ",Cobol Wizard,2024-06-15,2027-06-15,\n";

        var problem = assertProblem(csv("hr", "/api/v1/imports/certificates", file), 400);

        assertThat(problem.get("detail")).isEqualTo("The file has 2 problems; nothing was imported");
        assertThat(errors(problem))
                .extracting(error -> error.get("line"), error -> error.get("column"), error -> error.get("field"))
                .containsExactly(tuple(3, 4, "expires"), tuple(4, 2, "certification"));
        assertThat(rowCounts()).isEqualTo(before);
        assertThat(stored(evidence)).isEmpty();
    }

    @Test
    void theProblemsOfAFileAreToldInTheCallersLanguage() {
        var file = "email,certification,issued,expires\n"
                + DemoPeople.EMPLOYEE + ",CompTIA Security+,2024-06-15,2024-06-14\n"
                + DemoPeople.EMPLOYEE + ",Cobol Wizard,2024-06-15,2027-06-15\n";

        var german = assertProblem(
                api().as("hr")
                        .send(
                                "POST",
                                "/api/v1/imports/certificates?dryRun=true",
                                HttpRequest.BodyPublishers.ofString(file),
                                CSV,
                                "Accept-Language",
                                "de-DE,de;q=0.9"),
                400);
        var english = assertProblem(csv("hr", "/api/v1/imports/certificates?dryRun=true", file), 400);

        assertThat(german.get("detail")).isEqualTo("Die Datei hat 2 Probleme");
        assertThat(english.get("detail")).isEqualTo("The file has 2 problems");
        assertThat(errors(german))
                .extracting(error -> error.get("field"), error -> error.get("message"))
                .containsExactly(
                        tuple("expires", "Das Ablaufdatum muss nach dem Ausstellungsdatum liegen"),
                        tuple(
                                "certification",
                                "Es gibt keine Zertifizierung „Cobol Wizard“ im Katalog; eine Administratorin oder ein"
                                        + " Administrator legt sie an"));
        assertThat(errors(english))
                .extracting(error -> error.get("message"))
                .containsExactly(
                        "The expiry date must be after the issue date",
                        "There is no certification ‘Cobol Wizard’ in the catalog; an admin adds it");
    }

    /** The id of the newest audit entry, 0 if there is none. */
    private long newestAuditEntry() {
        return Objects.requireNonNull(jdbc.queryForObject("select coalesce(max(id), 0) from audit_entry", Long.class));
    }

    /** The certificates stored with this evidence: holder's e-mail, certification, dates, whether verified. */
    private List<String> stored(String evidence) {
        return jdbc.queryForList(
                "select p.email || ' ' || c.name || ' ' || cert.issued || ' ' || cert.expires || ' '"
                        + " || (cert.verified_by is not null) from certificate cert"
                        + " join person p on p.id = cert.person_id join certification c on c.id = cert.certification_id"
                        + " where cert.evidence = ?",
                String.class,
                evidence);
    }

    @Test
    void theSameRatingsImportedTwiceAtOnceAreStoredOnceAndTheSecondImportFindsThemPresent() throws Exception {
        var at = Instant.now().minus(4, ChronoUnit.DAYS).truncatedTo(ChronoUnit.MILLIS);
        var file = "email,skill,level,source,assessed_at,interest,assessor,evidence\n"
                + DemoPeople.EMPLOYEE + ",PostgreSQL,2,self," + at + ",neutral,,at once\n"
                + DemoPeople.EMPLOYEE + "," + activeSkill(8).id() + ",1,manager," + at + ",," + DemoPeople.MANAGER
                + ",\n";

        var answers = atOnce("assessment", "/api/v1/imports/assessments", file);

        assertThat(answers)
                .extracting(
                        answer -> answer.json().get("added"),
                        answer -> answer.json().get("alreadyPresent"))
                .containsExactlyInAnyOrder(tuple(2, 0), tuple(0, 2));
        assertThat(jdbc.queryForObject(
                        "select count(*) from assessment where assessed_at = ?",
                        Long.class,
                        at.atOffset(ZoneOffset.UTC)))
                .isEqualTo(2);
    }

    @Test
    void theSamePersonImportedTwiceAtOnceIsAddedOnce() throws Exception {
        var email = unique("once");

        var answers = atOnce("person", "/api/v1/imports/people", "email,name\n" + email + ",At Once\n");

        assertThat(answers)
                .extracting(
                        answer -> answer.json().get("peopleAdded"),
                        answer -> answer.json().get("peopleUnchanged"))
                .containsExactlyInAnyOrder(tuple(1, 0), tuple(0, 1));
        assertThat(jdbc.queryForObject("select count(*) from person where email = ?", Long.class, email))
                .isEqualTo(1);
    }

    /**
     * Two imports of the same file by HR at once, their race made certain: while a transaction of the test holds
     * the table the imports write to, they read what they like but cannot insert, so each gets as far as it can
     * before the test lets them go on. Both answers, which must be 200.
     */
    private List<Answer> atOnce(String table, String path, String file) throws Exception {
        var importers = Executors.newFixedThreadPool(2);
        try (var blocker = dataSource.getConnection()) {
            blocker.setAutoCommit(false);
            try (var statement = blocker.createStatement()) {
                statement.execute("lock table " + table + " in share mode");
            }
            var first = CompletableFuture.supplyAsync(() -> csv("hr", path, file), importers);
            var second = CompletableFuture.supplyAsync(() -> csv("hr", path, file), importers);
            untilSessionsWaitForALock(2);
            blocker.commit();
            var answers = List.of(first.get(1, TimeUnit.MINUTES), second.get(1, TimeUnit.MINUTES));
            assertThat(answers)
                    .allSatisfy(answer ->
                            assertThat(answer.status()).as(answer.describe()).isEqualTo(200));
            return answers;
        } finally {
            importers.shutdownNow();
        }
    }

    /** Waits, at most 30 seconds, until this many database sessions wait for a lock: on a table or an import's. */
    private void untilSessionsWaitForALock(int sessions) {
        var waiting = "select count(*) from pg_stat_activity"
                + " where datname = current_database() and wait_event_type = 'Lock'";
        await("sessions waiting for a lock")
                .atMost(Duration.ofSeconds(30))
                .pollInterval(Duration.ofMillis(20))
                .untilAsserted(() ->
                        assertThat(jdbc.queryForObject(waiting, Integer.class)).isGreaterThanOrEqualTo(sessions));
        assertThat(jdbc.queryForObject(waiting, Integer.class))
                .as("sessions waiting for a lock")
                .isEqualTo(sessions);
    }

    @Test
    void invalidRatingsAreListed() {
        var file =
                "email,skill,level,source,assessed_at,interest\n" + "nobody@example.com,Cobol,9,self,2025-01-01,keen\n";

        var problem = assertProblem(csv("hr", "/api/v1/imports/assessments?dryRun=true", file), 400);

        assertThat(problem.get("detail")).isEqualTo("The file has 4 problems");
        assertThat(errors(problem))
                .extracting(error -> error.get("field"))
                .containsExactly("email", "skill", "level", "interest");
    }

    @Test
    void onlyHrImportsRatingsAndOnlyHrAndAdminsPeople() {
        var before = rowCounts();

        assertProblem(csv("manager", "/api/v1/imports/people", "email,name\n"), 403);
        assertProblem(csv("employee", "/api/v1/imports/people", "email,name\n"), 403);
        assertProblem(csv("admin", "/api/v1/imports/assessments", "email,skill,level,source,assessed_at\n"), 403);
        assertProblem(csv("manager", "/api/v1/imports/assessments", "email,skill,level,source,assessed_at\n"), 403);
        assertProblem(csv("admin", "/api/v1/imports/certificates", "email,certification,issued,expires\n"), 403);
        assertProblem(csv("employee", "/api/v1/imports/certificates", "email,certification,issued,expires\n"), 403);
        assertThat(csv("admin", "/api/v1/imports/people?dryRun=true", "email,name\n")
                        .status())
                .isEqualTo(200);
        assertThat(rowCounts()).isEqualTo(before);
    }

    @Test
    void aFileOverTheSizeLimitIs413AsBodyOrUpload() {
        var line = "someone@example.com,Some One\n".getBytes(StandardCharsets.UTF_8);
        var out = new ByteArrayOutputStream();
        out.writeBytes("email,name\n".getBytes(StandardCharsets.UTF_8));
        while (out.size() <= 32_000_000) {
            out.writeBytes(line);
        }
        var tooLarge = out.toByteArray();

        var body = assertProblem(bytes("hr", "/api/v1/imports/people", tooLarge, CSV), 413);
        var upload = assertProblem(multipart("hr", "/api/v1/imports/people", tooLarge), 413);

        assertThat(body.get("detail")).asString().contains("larger than 32 MB");
        assertThat(upload.get("detail")).asString().contains("larger than");
    }

    @Test
    void aFileOverTheRowLimitIs413() {
        var file = new StringBuilder("email,skill,level,source,assessed_at\n");
        for (int i = 0; i <= 100_000; i++) {
            file.append("a@x.io,J,1,self,2025-01-01\n");
        }

        var problem = assertProblem(csv("hr", "/api/v1/imports/assessments?dryRun=true", file.toString()), 413);

        assertThat(problem.get("detail")).asString().contains("100,001 rows").contains("at most 100,000");
    }

    @Test
    void anImportInAnotherFormatIs415() {
        assertProblem(api().as("hr").post("/api/v1/imports/people", "{\"email\":\"x\"}"), 415);
    }

    private Answer csv(String user, String path, String text) {
        return bytes(user, path, text.getBytes(StandardCharsets.UTF_8), CSV);
    }

    private Answer bytes(String user, String path, byte[] body, String contentType) {
        return api().as(user).send("POST", path, HttpRequest.BodyPublishers.ofByteArray(body), contentType);
    }

    private Answer multipart(String user, String path, String text) {
        return multipart(user, path, text.getBytes(StandardCharsets.UTF_8));
    }

    private Answer multipart(String user, String path, byte[] file) {
        var boundary = "----skills-matrix-" + UUID.randomUUID();
        var out = new ByteArrayOutputStream();
        out.writeBytes(("--" + boundary + "\r\n"
                        + "Content-Disposition: form-data; name=\"file\"; filename=\"people.csv\"\r\n"
                        + "Content-Type: text/csv\r\n\r\n")
                .getBytes(StandardCharsets.UTF_8));
        out.writeBytes(file);
        out.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        return bytes(user, path, out.toByteArray(), "multipart/form-data; boundary=" + boundary);
    }

    private static String unique(String what) {
        return what + "-" + UUID.randomUUID().toString().substring(0, 8) + "@example.com";
    }
}
