package org.skillsmatrix.domain.imports;

import jakarta.transaction.Transactional;
import java.io.InputStream;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.skillsmatrix.domain.access.AccessPolicy;
import org.skillsmatrix.domain.access.Action;
import org.skillsmatrix.domain.access.Actor;
import org.skillsmatrix.domain.assessment.Assessment;
import org.skillsmatrix.domain.assessment.AssessmentKey;
import org.skillsmatrix.domain.assessment.Assessments;
import org.skillsmatrix.domain.assessment.Source;
import org.skillsmatrix.domain.audit.Auditor;
import org.skillsmatrix.domain.base.InvalidInput;
import org.skillsmatrix.domain.base.PersonId;
import org.skillsmatrix.domain.base.SkillId;
import org.skillsmatrix.domain.base.Texts;
import org.skillsmatrix.domain.catalog.Catalog;
import org.skillsmatrix.domain.catalog.Skill;
import org.skillsmatrix.domain.people.People;
import org.skillsmatrix.domain.people.Person;
import org.skillsmatrix.domain.scale.Interest;
import org.skillsmatrix.domain.scale.Level;
import org.skillsmatrix.domain.team.Teams;

/**
 * Use case: HR imports ratings in bulk, e.g. the history kept in the HR system, as CSV with the columns
 *
 * <pre>
 * email,skill,level,source,assessed_at,interest,assessor,evidence
 * noah.fischer@example.com,PostgreSQL,3,self,2026-01-12T09:30:00Z,wants_to_grow,,
 * noah.fischer@example.com,PostgreSQL,2,manager,2026-01-20,,maya.schmidt@example.com,Reviewed in the check-in
 * </pre>
 *
 * <p>{@code email}, {@code skill} (its name, or its id), {@code level} (0 to 4), {@code source} ({@code self} or
 * {@code manager}) and {@code assessed_at} (an ISO 8601 instant, or a date meaning its start in UTC) are required;
 * a self-rating needs its {@code interest} ({@code wants_to_grow}, {@code neutral} or {@code rather_not}), a manager
 * rating its {@code assessor}'s e-mail. Ratings are history: they are appended, never replace one another, and a
 * retired skill takes them too.
 *
 * <p>The file asserts no more than its people could have done themselves: a self-rating is the rated person's own,
 * and a manager rating names as its assessor someone who manages a team the rated person is a member of, now (the
 * organisation keeps no history of who managed whom). HR does not become anyone's manager by importing.
 *
 * <p>A rating is the same as one stored when person, skill, source, assessor and instant (to the microsecond) are;
 * such rows are counted as present already and not added again, so importing the same file twice changes nothing.
 * The whole file is checked first and every problem reported with its line and column; only a valid file is
 * applied, in one transaction, with batched inserts; one import is applied at a time ({@link ImportLock}).
 */
@Transactional
public class ImportAssessments {

    public static final List<String> REQUIRED = List.of("email", "skill", "level", "source", "assessed_at");
    public static final List<String> OPTIONAL = List.of("interest", "assessor", "evidence");

    private final Assessments assessments;
    private final People people;
    private final Teams teams;
    private final Catalog catalog;
    private final AccessPolicy policy;
    private final Auditor auditor;
    private final Clock clock;
    private final CsvImport csvImport;

    public ImportAssessments(
            Assessments assessments,
            People people,
            Teams teams,
            Catalog catalog,
            CsvReader csv,
            AccessPolicy policy,
            Auditor auditor,
            Clock clock,
            ImportLimits limits,
            ImportLock lock) {
        this.assessments = assessments;
        this.people = people;
        this.teams = teams;
        this.catalog = catalog;
        this.policy = policy;
        this.auditor = auditor;
        this.clock = clock;
        this.csvImport = new CsvImport(csv, limits, lock, REQUIRED, OPTIONAL);
    }

    public ImportLimits limits() {
        return csvImport.limits();
    }

    /** Checks the whole file and says what importing it would do; writes nothing and takes no lock. */
    public ImportResult<AssessmentImportSummary> check(Actor actor, InputStream file) {
        policy.check(actor, new Action.ImportAssessments());
        return csvImport.check(file, this::plan);
    }

    /** Checks the whole file under the {@link ImportLock} and, only if all of it is valid, appends its new ratings. */
    public ImportResult<AssessmentImportSummary> apply(Actor actor, InputStream file) {
        policy.check(actor, new Action.ImportAssessments());
        return csvImport.apply(actor, file, this::plan);
    }

    /** The file's ratings that are not stored yet, to be appended; null where the file has problems. */
    private CheckedImport.@Nullable Plan<AssessmentImportSummary> plan(ImportFile file, List<ImportProblem> problems) {
        var rated = ratings(file, problems);
        if (!problems.isEmpty()) {
            return null;
        }
        var present = assessments.stored(rated.stream().map(Assessment::key).toList());
        var fresh = rated.stream()
                .filter(assessment -> !present.contains(assessment.key()))
                .toList();
        var summary = new AssessmentImportSummary(fresh.size(), rated.size() - fresh.size());
        return CheckedImport.Plan.of(summary, actor -> {
            if (!fresh.isEmpty()) {
                assessments.appendAll(fresh);
                auditor.record(
                        actor,
                        "assessments.imported",
                        "assessments",
                        summary + ", from a file of " + file.rows().size() + " rows");
            }
        });
    }

    private List<Assessment> ratings(ImportFile file, List<ImportProblem> problems) {
        var byEmail = people.all().stream().collect(Collectors.toMap(Person::email, Function.identity()));
        var managersOf = managersOfEveryone();
        var skillsByName = new HashMap<String, Skill>();
        var skillsById = new HashMap<SkillId, Skill>();
        for (var skill : catalog.skills()) {
            skillsByName.put(skill.name().toLowerCase(Locale.ROOT), skill);
            skillsById.put(skill.id(), skill);
        }
        var now = clock.instant();
        var seen = new ImportFile.FirstSeen<AssessmentKey>();
        var rated = new ArrayList<Assessment>(file.rows().size());
        for (var row : file.rows()) {
            int before = problems.size();
            var person = person(row, "email", byEmail, problems);
            var skill = skill(row, skillsByName, skillsById, problems);
            var level = level(row, problems);
            var source = source(row, problems);
            var at = instant(row, now, problems);
            var evidence = evidence(row, problems);
            Interest interest = null;
            Person assessor = null;
            if (source == Source.SELF) {
                interest = interest(row, problems);
                if (!row.get("assessor").isEmpty()) {
                    var named = person(row, "assessor", byEmail, problems);
                    if (named != null && person != null && !named.id().equals(person.id())) {
                        problems.add(row.problem("assessor", "assessments.self-rating-assessor"));
                    }
                }
                assessor = person;
            } else if (source == Source.MANAGER) {
                if (!row.get("interest").isEmpty()) {
                    problems.add(row.problem("interest", "assessments.manager-rating-interest"));
                }
                if (row.get("assessor").isEmpty()) {
                    problems.add(row.problem("assessor", "assessments.manager-rating-without-assessor"));
                } else {
                    assessor = person(row, "assessor", byEmail, problems);
                    if (assessor != null && person != null && assessor.id().equals(person.id())) {
                        problems.add(row.problem("assessor", "assessments.manager-rating-of-oneself"));
                    } else if (assessor != null
                            && person != null
                            && !managersOf.getOrDefault(person.id(), Set.of()).contains(assessor.id())) {
                        problems.add(row.problem(
                                "assessor", "assessments.not-their-manager", assessor.email(), person.email()));
                    }
                }
            }
            if (problems.size() != before
                    || person == null
                    || skill == null
                    || level == null
                    || source == null
                    || at == null
                    || assessor == null) {
                continue;
            }
            var assessment =
                    new Assessment(person.id(), skill.id(), level, interest, source, assessor.id(), at, evidence);
            var first = seen.seen(assessment.key(), row.line());
            if (first != null) {
                problems.add(ImportProblem.ofLine(row.line(), "assessments.same-as-line", first));
                continue;
            }
            rated.add(assessment);
        }
        return rated;
    }

    /** Everyone's managers: the managers of every team they are a member of, read once for the whole file. */
    private Map<PersonId, Set<PersonId>> managersOfEveryone() {
        var managersOf = new HashMap<PersonId, Set<PersonId>>();
        for (var team : teams.all()) {
            for (var member : team.members()) {
                managersOf.computeIfAbsent(member, ignored -> new HashSet<>()).addAll(team.managers());
            }
        }
        return managersOf;
    }

    /** The evidence as a rating holds it: checked here, so that its problem is the line's. */
    private static @Nullable String evidence(ImportFile.Row row, List<ImportProblem> problems) {
        var value = row.get("evidence");
        try {
            return Texts.optional(value, "evidence", Assessment.MAX_EVIDENCE);
        } catch (InvalidInput invalid) {
            problems.add(row.refused(
                    "evidence", value, Assessment.MAX_EVIDENCE, invalid, "value.too-long", Assessment.MAX_EVIDENCE));
            return null;
        }
    }

    private static @Nullable Person person(
            ImportFile.Row row, String column, Map<String, Person> byEmail, List<ImportProblem> problems) {
        var email = row.email(column, problems);
        if (email == null) {
            return null;
        }
        var person = byEmail.get(email);
        if (person == null) {
            problems.add(row.problem(column, "value.nobody-with-email", email));
        }
        return person;
    }

    private static @Nullable Skill skill(
            ImportFile.Row row, Map<String, Skill> byName, Map<SkillId, Skill> byId, List<ImportProblem> problems) {
        var name = row.get("skill");
        if (name.isEmpty()) {
            problems.add(row.problem("skill", "value.missing"));
            return null;
        }
        var skill = byName.get(name.toLowerCase(Locale.ROOT));
        if (skill == null) {
            try {
                skill = byId.get(new SkillId(UUID.fromString(name)));
            } catch (IllegalArgumentException notAnId) {
                // a name, and an unknown one
            }
        }
        if (skill == null) {
            problems.add(row.problem("skill", "assessments.unknown-skill", name));
        }
        return skill;
    }

    private static @Nullable Level level(ImportFile.Row row, List<ImportProblem> problems) {
        var text = row.get("level");
        try {
            return Level.of(Integer.parseInt(text));
        } catch (NumberFormatException notANumber) {
            problems.add(
                    text.isEmpty()
                            ? row.problem("level", "assessments.level-missing")
                            : row.problem("level", "assessments.level-not-a-number", text));
        } catch (InvalidInput outOfRange) {
            problems.add(row.problem("level", "assessments.level-out-of-range", text));
        }
        return null;
    }

    private static @Nullable Source source(ImportFile.Row row, List<ImportProblem> problems) {
        var text = row.get("source");
        try {
            return Source.valueOf(text.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException unknown) {
            problems.add(
                    text.isEmpty()
                            ? row.problem("source", "assessments.source-missing")
                            : row.problem("source", "assessments.source", text));
            return null;
        }
    }

    private static @Nullable Interest interest(ImportFile.Row row, List<ImportProblem> problems) {
        var text = row.get("interest");
        var name = text.toUpperCase(Locale.ROOT).replaceAll("[\\s-]+", "_");
        try {
            return Interest.valueOf(name);
        } catch (IllegalArgumentException unknown) {
            var names = Arrays.stream(Interest.values())
                    .map(interest -> interest.name().toLowerCase(Locale.ROOT))
                    .collect(Collectors.joining(", "));
            problems.add(
                    text.isEmpty()
                            ? row.problem("interest", "assessments.interest-missing", names)
                            : row.problem("interest", "assessments.interest", names, text));
            return null;
        }
    }

    private static @Nullable Instant instant(ImportFile.Row row, Instant now, List<ImportProblem> problems) {
        var text = row.get("assessed_at");
        Instant at = null;
        try {
            at = OffsetDateTime.parse(text).toInstant();
        } catch (DateTimeParseException notAnInstant) {
            try {
                at = LocalDate.parse(text).atStartOfDay(ZoneOffset.UTC).toInstant();
            } catch (DateTimeParseException notADate) {
                problems.add(
                        text.isEmpty()
                                ? row.problem("assessed_at", "assessments.time-missing")
                                : row.problem("assessed_at", "assessments.time", text));
                return null;
            }
        }
        if (at.isAfter(now)) {
            problems.add(row.problem("assessed_at", "assessments.time-in-future", text));
            return null;
        }
        return at.truncatedTo(ChronoUnit.MICROS);
    }
}
