package org.skillsmatrix.domain.report;

import jakarta.transaction.Transactional;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Semaphore;
import java.util.stream.Stream;
import org.skillsmatrix.domain.access.AccessPolicy;
import org.skillsmatrix.domain.access.Action;
import org.skillsmatrix.domain.access.Actor;
import org.skillsmatrix.domain.access.Role;
import org.skillsmatrix.domain.audit.Auditor;
import org.skillsmatrix.domain.base.Busy;
import org.skillsmatrix.domain.base.NotFound;
import org.skillsmatrix.domain.base.PersonId;
import org.skillsmatrix.domain.base.ReadOnly;
import org.skillsmatrix.domain.people.Person;
import org.skillsmatrix.domain.privacy.PrivacyThreshold;
import org.skillsmatrix.domain.team.Team;
import org.skillsmatrix.domain.whatif.AnalyseWhatIf;
import org.skillsmatrix.domain.whatif.Change;

/**
 * Use case: exporting a report as a file. HR exports everything; a manager the teams they manage and the
 * profiles of those teams' members; an employee their own profile. Every export is audited, and its file name
 * says what and when, e.g. {@code skills-matrix_payments_2026-11-21.xlsx}.
 */
@Transactional
public class ExportReport {

    private final ReportSources sources;
    private final ReportRenderer renderer;
    private final AccessPolicy policy;
    private final Auditor auditor;
    private final Headers headers;
    private final ExportLimits limits;
    private final Semaphore running;
    private final PrivacyThreshold privacy;
    private final AnalyseWhatIf whatIf;

    public ExportReport(
            ReportSources sources,
            ReportRenderer renderer,
            AccessPolicy policy,
            Auditor auditor,
            Clock clock,
            ExportLimits limits,
            PrivacyThreshold privacy,
            AnalyseWhatIf whatIf) {
        this.sources = sources;
        this.renderer = renderer;
        this.policy = policy;
        this.auditor = auditor;
        this.headers = new Headers(sources.people(), sources.scale(), clock);
        this.limits = limits;
        this.running = new Semaphore(limits.concurrent());
        this.privacy = privacy;
        this.whatIf = whatIf;
    }

    /**
     * What the actor may export: HR every team, every active person and the organisation; a manager the teams
     * they manage and the profiles of those teams' active members; everyone with the employee role their own
     * profile. The same rules {@link #export} applies.
     */
    @ReadOnly
    public ExportChoices choices(Actor actor) {
        boolean organisation = policy.allows(actor, new Action.ExportOrganisationReport());
        List<Team> candidates = actor.has(Role.HR)
                ? sources.teams().all()
                : actor.has(Role.MANAGER) ? sources.teams().managedBy(actor.person()) : List.of();
        var teams = candidates.stream()
                .filter(team -> policy.allows(actor, new Action.ExportTeamReport(team.id())))
                .sorted(Comparator.comparing(Team::name, String.CASE_INSENSITIVE_ORDER))
                .toList();
        List<Person> people;
        if (actor.has(Role.HR)) {
            people = sources.people().all();
        } else {
            var ids = new LinkedHashSet<PersonId>();
            ids.add(actor.person());
            teams.forEach(team -> ids.addAll(team.members()));
            people = List.copyOf(sources.people().byIds(ids).values());
        }
        var exportable = people.stream()
                .filter(Person::active)
                .filter(person -> policy.allows(actor, new Action.ExportPersonReport(person.id())))
                .sorted(Comparator.comparing(Person::name, String.CASE_INSENSITIVE_ORDER)
                        .thenComparing(Person::email))
                .toList();
        return new ExportChoices(organisation, teams, exportable);
    }

    /**
     * Writes the report to the destination, which is opened once the file's name is known and closed when the
     * report is written and its export audited. Refused with {@link Busy} while as many exports run as the limits allow.
     *
     * @param language the language of a PDF's or workbook's texts, dates and numbers (English where the reports have
     *     no texts in it); a CSV is for other systems and is the same in every language: English column names,
     *     values and ISO dates
     */
    public ReportFile export(
            Actor actor, ReportRequest request, ReportFormat format, Locale language, ReportDestination destination) {
        required(request).forEach(action -> policy.check(actor, action));
        if (!running.tryAcquire()) {
            throw new Busy("Too many reports are being exported right now (at most " + limits.concurrent()
                    + " at a time); try again in a minute");
        }
        try {
            var prepared = prepare(actor, request, headers.in(format.forMachines() ? Locale.ENGLISH : language));
            var file =
                    new ReportFile(FileNames.of(prepared.what(), prepared.subject(), headers.today(), format), format);
            try (var out = destination.open(file)) {
                renderer.render(prepared.report(), format, out);
                // Before closing, which may end a download; the entry is visible once the caller's transaction
                // commits, so a download that must wait for that keeps its stream open (ReportDestination.leftOpen).
                auditor.record(actor, "report.exported", prepared.audited(), file.name());
            } catch (IOException e) {
                throw new UncheckedIOException("Could not write " + file.name(), e);
            }
            return file;
        } finally {
            running.release();
        }
    }

    /** Writes the report to {@code out} and leaves it open. */
    public ReportFile export(
            Actor actor, ReportRequest request, ReportFormat format, Locale language, OutputStream out) {
        return export(actor, request, format, language, ReportDestination.leftOpen(file -> out));
    }

    /** Whether the actor may export the report: the same decision {@link #export} makes before it reads anything. */
    @ReadOnly
    public boolean mayExport(Actor actor, ReportRequest request) {
        return required(request).stream().allMatch(action -> policy.allows(actor, action));
    }

    /** The actions an export of the report needs the actor to be allowed. */
    private static List<Action> required(ReportRequest request) {
        return switch (request) {
            case ReportRequest.Matrix matrix ->
                matrix.wholeOrganisation()
                        ? List.of(new Action.ExportOrganisationReport())
                        : matrix.teams().stream()
                                .<Action>map(Action.ExportTeamReport::new)
                                .toList();
            case ReportRequest.TeamGaps gaps -> List.of(new Action.ExportTeamReport(gaps.team()));
            case ReportRequest.OrganisationGaps ignored -> List.of(new Action.ExportOrganisationReport());
            case ReportRequest.Profile profile -> List.of(new Action.ExportPersonReport(profile.person()));
            case ReportRequest.Coverage ignored -> List.of(new Action.ExportOrganisationReport());
            case ReportRequest.WhatIf question ->
                question.changes().stream().flatMap(ExportReport::whatIfActions).toList();
        };
    }

    /** Asking about a person, and reading the team they would move to: what the what-if question itself needs. */
    private static Stream<Action> whatIfActions(Change change) {
        if (change instanceof Change.MovesTo moves) {
            return Stream.of(new Action.AskWhatIf(moves.person()), new Action.ReadTeam(moves.team()));
        }
        return Stream.of(new Action.AskWhatIf(change.person()));
    }

    /** The report's contents, read for an actor allowed to export it. */
    private Prepared prepare(Actor actor, ReportRequest request, Headers inLanguage) {
        return switch (request) {
            case ReportRequest.Matrix matrix -> matrix(actor, matrix, inLanguage);
            case ReportRequest.TeamGaps gaps -> {
                var team = sources.teams().byId(gaps.team()).orElseThrow(() -> new NotFound("Team", gaps.team()));
                yield new Prepared(
                        new GapReports(sources, inLanguage, privacy, policy).ofTeam(actor, team),
                        "gap-report",
                        team.name(),
                        team.id());
            }
            case ReportRequest.OrganisationGaps ignored -> {
                yield new Prepared(
                        new GapReports(sources, inLanguage, privacy, policy).ofOrganisation(actor),
                        "gap-report",
                        "organisation",
                        "organisation");
            }
            case ReportRequest.Profile profile -> {
                var person = sources.people()
                        .byId(profile.person())
                        .orElseThrow(() -> new NotFound("Person", profile.person()));
                yield new Prepared(
                        new ProfileReports(sources, inLanguage).of(actor, person),
                        "skill-profile",
                        person.name(),
                        person.id());
            }
            case ReportRequest.Coverage coverage -> {
                yield new Prepared(
                        new CoverageReports(sources, inLanguage, privacy).of(actor, coverage.quarters()),
                        "skill-coverage",
                        "organisation",
                        "organisation");
            }
            case ReportRequest.WhatIf question -> {
                var answer = whatIf.ask(actor, question.changes());
                var people = question.changes().stream().map(Change::person).toList();
                yield new Prepared(
                        new WhatIfReports(sources, inLanguage).of(actor, answer),
                        "what-if",
                        people.size() == 1
                                ? answer.names().getOrDefault(people.getFirst(), "1 person")
                                : people.size() + " people",
                        String.join(",", people.stream().map(PersonId::toString).toList()));
            }
        };
    }

    private Prepared matrix(Actor actor, ReportRequest.Matrix request, Headers inLanguage) {
        List<Team> teams;
        if (request.wholeOrganisation()) {
            teams = sources.teams().all();
        } else {
            teams = new ArrayList<>();
            for (var id : request.teams()) {
                teams.add(sources.teams().byId(id).orElseThrow(() -> new NotFound("Team", id)));
            }
        }
        var report = new MatrixReports(sources, inLanguage).build(actor, teams, request.wholeOrganisation());
        var subject = request.wholeOrganisation()
                ? "all-teams"
                : teams.size() == 1 ? teams.getFirst().name() : teams.size() + " teams";
        var audited = request.wholeOrganisation()
                ? "organisation"
                : String.join(
                        ",", teams.stream().map(team -> team.id().toString()).toList());
        return new Prepared(report, "skills-matrix", subject, audited);
    }

    /** A report ready to render, what its file is named after, and the subject its audit entry names. */
    private record Prepared(Report report, String what, String subject, Object audited) {}
}
