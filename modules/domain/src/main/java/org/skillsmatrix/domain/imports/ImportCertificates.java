package org.skillsmatrix.domain.imports;

import jakarta.transaction.Transactional;
import java.io.InputStream;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.skillsmatrix.domain.access.AccessPolicy;
import org.skillsmatrix.domain.access.Action;
import org.skillsmatrix.domain.access.Actor;
import org.skillsmatrix.domain.audit.Auditor;
import org.skillsmatrix.domain.base.CertificateId;
import org.skillsmatrix.domain.base.CertificationId;
import org.skillsmatrix.domain.base.InvalidInput;
import org.skillsmatrix.domain.base.PersonId;
import org.skillsmatrix.domain.certification.Certificate;
import org.skillsmatrix.domain.certification.Certificates;
import org.skillsmatrix.domain.certification.Certification;
import org.skillsmatrix.domain.certification.Certifications;
import org.skillsmatrix.domain.people.People;
import org.skillsmatrix.domain.people.Person;

/**
 * Use case: HR imports the certificates people hold, e.g. from the HR system, as CSV with the columns
 *
 * <pre>
 * email,certification,issued,expires,evidence
 * noah.fischer@example.com,Certified Kubernetes Administrator (CKA),2025-03-01,2028-03-01,https://example.com/cka
 * </pre>
 *
 * <p>{@code email} (of a person still in the organisation), {@code certification} (its name in the catalog, or its
 * id), {@code issued} and {@code expires} (ISO dates; the issue date not in the future, the expiry after it) are
 * required; {@code evidence} is an optional http or https link. Each row records a certificate as its holder would
 * record it themselves: unverified, as of the import.
 *
 * <p>A certificate is the same as one recorded when person, certification, issue and expiry dates and evidence are,
 * as when a person records one again; such rows are counted as present already and not added again, so importing the
 * same file twice changes nothing. The whole file is checked first and every problem reported with its line and
 * column; only a valid file is applied, in one transaction, one import at a time ({@link ImportLock}).
 */
@Transactional
public class ImportCertificates {

    public static final List<String> REQUIRED = List.of("email", "certification", "issued", "expires");
    public static final List<String> OPTIONAL = List.of("evidence");

    private final Certificates certificates;
    private final Certifications certifications;
    private final People people;
    private final AccessPolicy policy;
    private final Auditor auditor;
    private final Clock clock;
    private final CsvImport csvImport;

    public ImportCertificates(
            Certificates certificates,
            Certifications certifications,
            People people,
            CsvReader csv,
            AccessPolicy policy,
            Auditor auditor,
            Clock clock,
            ImportLimits limits,
            ImportLock lock) {
        this.certificates = certificates;
        this.certifications = certifications;
        this.people = people;
        this.policy = policy;
        this.auditor = auditor;
        this.clock = clock;
        this.csvImport = new CsvImport(csv, limits, lock, REQUIRED, OPTIONAL);
    }

    public ImportLimits limits() {
        return csvImport.limits();
    }

    /** Checks the whole file and says what importing it would do; writes nothing and takes no lock. */
    public ImportResult<CertificateImportSummary> check(Actor actor, InputStream file) {
        policy.check(actor, new Action.ImportCertificates());
        return csvImport.check(file, this::plan);
    }

    /** Checks the whole file under the {@link ImportLock} and, only if all of it is valid, records its new certificates. */
    public ImportResult<CertificateImportSummary> apply(Actor actor, InputStream file) {
        policy.check(actor, new Action.ImportCertificates());
        return csvImport.apply(actor, file, this::plan);
    }

    /** The file's certificates that are not recorded yet, to be added; null where the file has problems. */
    private CheckedImport.@Nullable Plan<CertificateImportSummary> plan(ImportFile file, List<ImportProblem> problems) {
        var catalog = new HashMap<CertificationId, Certification>();
        certifications.all().forEach(certification -> catalog.put(certification.id(), certification));
        var named = certificates(file, catalog, problems);
        if (!problems.isEmpty()) {
            return null;
        }
        var holders = named.stream().map(Certificate::person).collect(Collectors.toSet());
        var present = new HashSet<Sameness>();
        certificates.of(holders).forEach(stored -> present.add(Sameness.of(stored)));
        var fresh = named.stream()
                .filter(certificate -> !present.contains(Sameness.of(certificate)))
                .toList();
        var summary = new CertificateImportSummary(fresh.size(), named.size() - fresh.size());
        return CheckedImport.Plan.of(summary, actor -> {
            if (fresh.isEmpty()) {
                return;
            }
            for (var certificate : fresh) {
                certificates.add(certificate);
                auditor.record(
                        actor,
                        "certificate.recorded",
                        certificate.person(),
                        Objects.requireNonNull(catalog.get(certificate.certification()))
                                        .name() + " " + certificate.issued() + " to "
                                + certificate.expires() + ", imported");
            }
            auditor.record(
                    actor,
                    "certificates.imported",
                    "certificates",
                    summary + ", from a file of " + file.rows().size() + " rows");
        });
    }

    private List<Certificate> certificates(
            ImportFile file, Map<CertificationId, Certification> catalog, List<ImportProblem> problems) {
        var byEmail = people.all().stream().collect(Collectors.toMap(Person::email, Function.identity()));
        var byName = new HashMap<String, Certification>();
        catalog.values().forEach(certification -> byName.put(key(certification.name()), certification));
        var today = LocalDate.now(clock);
        var now = clock.instant();
        var seen = new ImportFile.FirstSeen<Sameness>();
        var named = new ArrayList<Certificate>(file.rows().size());
        for (var row : file.rows()) {
            int before = problems.size();
            var person = person(row, byEmail, problems);
            var certification = certification(row, byName, catalog, problems);
            var issued = date(row, "issued", problems);
            var expires = date(row, "expires", problems);
            if (issued != null && issued.isAfter(today)) {
                problems.add(row.problem("issued", "certificates.issued-in-future", issued.toString()));
            }
            if (problems.size() != before
                    || person == null
                    || certification == null
                    || issued == null
                    || expires == null) {
                continue;
            }
            Certificate certificate;
            try {
                certificate = new Certificate(
                        CertificateId.random(),
                        person.id(),
                        certification.id(),
                        issued,
                        expires,
                        row.get("evidence"),
                        now,
                        null,
                        null,
                        0);
            } catch (InvalidInput invalid) {
                problems.add(
                        invalid.field().equals("expires")
                                ? row.problem("expires", "certificates.expires-before-issued")
                                : row.refused(
                                        "evidence",
                                        row.get("evidence"),
                                        Certificate.MAX_EVIDENCE,
                                        invalid,
                                        "certificates.evidence-not-a-link"));
                continue;
            }
            var first = seen.seen(Sameness.of(certificate), row.line());
            if (first != null) {
                problems.add(ImportProblem.ofLine(row.line(), "certificates.same-as-line", first));
                continue;
            }
            named.add(certificate);
        }
        return named;
    }

    private static @Nullable Person person(
            ImportFile.Row row, Map<String, Person> byEmail, List<ImportProblem> problems) {
        var email = row.email("email", problems);
        if (email == null) {
            return null;
        }
        var person = byEmail.get(email);
        if (person == null) {
            problems.add(row.problem("email", "value.nobody-with-email", email));
        } else if (!person.active()) {
            problems.add(row.problem("email", "certificates.holder-left", person.name()));
            return null;
        }
        return person;
    }

    private static @Nullable Certification certification(
            ImportFile.Row row,
            Map<String, Certification> byName,
            Map<CertificationId, Certification> byId,
            List<ImportProblem> problems) {
        var name = row.get("certification");
        if (name.isEmpty()) {
            problems.add(row.problem("certification", "value.missing"));
            return null;
        }
        var certification = byName.get(key(name));
        if (certification == null) {
            try {
                certification = byId.get(new CertificationId(UUID.fromString(name)));
            } catch (IllegalArgumentException notAnId) {
                // a name, and an unknown one
            }
        }
        if (certification == null) {
            problems.add(row.problem("certification", "certificates.unknown-certification", name));
        }
        return certification;
    }

    private static @Nullable LocalDate date(ImportFile.Row row, String column, List<ImportProblem> problems) {
        var text = row.get(column);
        try {
            return LocalDate.parse(text);
        } catch (DateTimeParseException notADate) {
            problems.add(
                    text.isEmpty()
                            ? row.problem(column, "certificates." + column + "-missing")
                            : row.problem(column, "certificates." + column + "-not-a-date", text));
            return null;
        }
    }

    /** Names are matched regardless of case and surrounding blanks. */
    private static String key(String name) {
        return name.strip().toLowerCase(Locale.ROOT);
    }

    /** What makes two certificates the same: as a person recording one again finds it recorded. */
    private record Sameness(
            PersonId person,
            CertificationId certification,
            LocalDate issued,
            LocalDate expires,
            @Nullable String evidence) {

        static Sameness of(Certificate certificate) {
            return new Sameness(
                    certificate.person(),
                    certificate.certification(),
                    certificate.issued(),
                    certificate.expires(),
                    certificate.evidence());
        }
    }
}
