package org.skillsmatrix.api.imports;

import static org.skillsmatrix.api.base.ApiPaths.V1;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Locale;
import java.util.Map;
import org.skillsmatrix.api.base.Caller;
import org.skillsmatrix.api.base.CallerLanguage;
import org.skillsmatrix.api.base.FieldProblem;
import org.skillsmatrix.api.base.InvalidRequest;
import org.skillsmatrix.api.base.PayloadTooLarge;
import org.skillsmatrix.domain.access.Actor;
import org.skillsmatrix.domain.imports.ImportAssessments;
import org.skillsmatrix.domain.imports.ImportCertificates;
import org.skillsmatrix.domain.imports.ImportLimits;
import org.skillsmatrix.domain.imports.ImportPeople;
import org.skillsmatrix.domain.imports.ImportProblem;
import org.skillsmatrix.domain.imports.ImportResult;
import org.skillsmatrix.domain.notification.ReadNotifications;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.multipart.MultipartHttpServletRequest;

/**
 * CSV imports from the HR system, as a multipart upload (part {@code file}) or as the request body
 * ({@code text/csv}). The whole file is checked first; with {@code dryRun=true} nothing more happens, otherwise it
 * is applied in one transaction, and only if all of it is valid. A file with problems is answered 400 listing every
 * problem with its line and column; a file over the limits 413.
 */
@RestController
@Tag(name = "Imports", description = "CSV imports of people and teams, of ratings and of certificates")
class ImportController {

    private static final String PEOPLE_EXAMPLE = """
            email,name,teams,manages,role_profile,active
            noah.fischer@example.com,Noah Fischer,Payments,,Senior Back-end Engineer,true
            maya.schmidt@example.com,Maya Schmidt,Payments,Payments;Mobile Backend,,true
            """;

    private static final String ASSESSMENTS_EXAMPLE = """
            email,skill,level,source,assessed_at,interest,assessor,evidence
            noah.fischer@example.com,PostgreSQL,3,self,2026-01-12T09:30:00Z,wants_to_grow,,Ran the upgrade
            noah.fischer@example.com,PostgreSQL,2,manager,2026-01-20,,maya.schmidt@example.com,
            """;

    private static final String CERTIFICATES_EXAMPLE = """
            email,certification,issued,expires,evidence
            noah.fischer@example.com,Certified Kubernetes Administrator (CKA),2025-03-01,2028-03-01,https://example.com/cka
            maya.schmidt@example.com,CompTIA Security+,2024-11-15,2027-11-15,
            """;

    private final ImportPeople importPeople;
    private final ImportAssessments importAssessments;
    private final ImportCertificates importCertificates;
    private final ReadNotifications notifications;
    private final Caller caller;

    ImportController(
            ImportPeople importPeople,
            ImportAssessments importAssessments,
            ImportCertificates importCertificates,
            ReadNotifications notifications,
            Caller caller) {
        this.importPeople = importPeople;
        this.importAssessments = importAssessments;
        this.importCertificates = importCertificates;
        this.notifications = notifications;
        this.caller = caller;
    }

    @CsvImport(path = V1 + "/imports/people", example = PEOPLE_EXAMPLE)
    @Operation(
            summary = "Import people and teams from CSV (HR and admins)",
            description = "Columns: email, name (required); teams, manages (team names separated by ;),"
                    + " role_profile, active (optional; a column left out leaves what it stands for as it is)."
                    + " People are found by e-mail. Where the file has teams (or manages), each person of the file"
                    + " ends up a member (or manager) of exactly the teams named. The file is the body (text/csv) or"
                    + " the part file of a multipart upload. Limits: see docs/api.md.")
    PeopleImportDto people(
            @RequestParam(defaultValue = "false") boolean dryRun,
            @Parameter(description = "Add the teams the file names that do not exist yet")
                    @RequestParam(defaultValue = "false")
                    boolean createTeams,
            @Parameter(hidden = true) HttpServletRequest request) {
        return PeopleImportDto.of(imported(
                request,
                dryRun,
                importPeople.limits(),
                (actor, file) -> importPeople.check(actor, file, createTeams),
                (actor, file) -> importPeople.apply(actor, file, createTeams)));
    }

    @CsvImport(path = V1 + "/imports/assessments", example = ASSESSMENTS_EXAMPLE)
    @Operation(
            summary = "Import ratings from CSV (HR)",
            description = "Columns: email, skill (name or id), level (0-4), source (self or manager), assessed_at"
                    + " (ISO 8601 instant or date) (required); interest (with self-ratings), assessor (the manager's"
                    + " e-mail, with manager ratings), evidence. Ratings the history holds already (same person,"
                    + " skill, source, assessor and time) are not added again. The file is the body (text/csv) or"
                    + " the part file of a multipart upload. Limits: see docs/api.md.")
    AssessmentImportDto assessments(
            @RequestParam(defaultValue = "false") boolean dryRun,
            @Parameter(hidden = true) HttpServletRequest request) {
        return AssessmentImportDto.of(imported(
                request, dryRun, importAssessments.limits(), importAssessments::check, importAssessments::apply));
    }

    @CsvImport(path = V1 + "/imports/certificates", example = CERTIFICATES_EXAMPLE)
    @Operation(
            summary = "Import certificates from CSV (HR)",
            description = "Columns: email (of a person in the organisation), certification (its name in the catalog,"
                    + " or its id), issued, expires (ISO dates; the issue date not in the future, the expiry after"
                    + " it) (required); evidence (an http or https link). Each certificate is recorded unverified."
                    + " Certificates recorded already (same person, certification, dates and evidence) are not added"
                    + " again. The file is the body (text/csv) or the part file of a multipart upload. Limits: see"
                    + " docs/api.md.")
    CertificateImportDto importCertificates(
            @RequestParam(defaultValue = "false") boolean dryRun,
            @Parameter(hidden = true) HttpServletRequest request) {
        return CertificateImportDto.of(imported(
                request, dryRun, importCertificates.limits(), importCertificates::check, importCertificates::apply));
    }

    /** One step of an import as its use case takes it: check the file, or apply it. */
    @FunctionalInterface
    private interface Step<S> {

        ImportResult<S> take(Actor actor, InputStream file);
    }

    /**
     * The one way every import is answered: the file read from the request within the import's limits, checked
     * ({@code dryRun}) or applied by the caller, and the result of a valid file, or else the problem it is, its
     * problems and their summary told in the caller's language.
     */
    private <S> ImportResult<S> imported(
            HttpServletRequest request, boolean dryRun, ImportLimits limits, Step<S> check, Step<S> apply) {
        var actor = caller.actor();
        var language = CallerLanguage.of(notifications, actor, request);
        var file = file(request, limits, language);
        return accepted((dryRun ? check : apply).take(actor, file), dryRun, language);
    }

    /** The result of a valid file; anything else becomes the problem it is. */
    private static <S> ImportResult<S> accepted(ImportResult<S> result, boolean dryRun, Locale language) {
        return switch (result.verdict()) {
            case VALID -> result;
            case TOO_LARGE ->
                throw new PayloadTooLarge(result.problems().getFirst().message(language));
            case INVALID -> {
                throw new InvalidRequest(
                        result.problemsSummary(!dryRun, language),
                        result.problems().stream()
                                .map(problem -> problem(problem, language))
                                .toList(),
                        Map.of("problemCount", result.problemCount()));
            }
        };
    }

    private static FieldProblem problem(ImportProblem problem, Locale language) {
        return new FieldProblem(
                problem.field(),
                problem.message(language),
                problem.line() == 0 ? null : problem.line(),
                problem.column() == 0 ? null : problem.column());
    }

    /** The file: the part {@code file} of a multipart upload, or else the body. */
    private static InputStream file(HttpServletRequest request, ImportLimits limits, Locale language) {
        if (request instanceof MultipartHttpServletRequest multipart) {
            var file = multipart.getFile("file");
            if (file == null) {
                throw InvalidRequest.of("file", "is required: the part of the upload that holds the CSV file");
            }
            return upload(file, limits, language);
        }
        return body(request, limits, language);
    }

    private static InputStream body(HttpServletRequest request, ImportLimits limits, Locale language) {
        if (request.getContentLengthLong() > limits.maxBytes()) {
            throw new PayloadTooLarge(tooLarge(limits, language));
        }
        try {
            return request.getInputStream();
        } catch (IOException e) {
            throw new UncheckedIOException("The request body could not be read", e);
        }
    }

    private static InputStream upload(MultipartFile file, ImportLimits limits, Locale language) {
        if (file.getSize() > limits.maxBytes()) {
            throw new PayloadTooLarge(tooLarge(limits, language));
        }
        try {
            return file.getInputStream();
        } catch (IOException e) {
            throw new UncheckedIOException("The upload could not be read", e);
        }
    }

    private static String tooLarge(ImportLimits limits, Locale language) {
        return ImportProblem.tooLarge(limits.maxBytes()).message(language);
    }
}
