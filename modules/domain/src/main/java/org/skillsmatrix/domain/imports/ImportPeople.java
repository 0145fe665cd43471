package org.skillsmatrix.domain.imports;

import jakarta.transaction.Transactional;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.skillsmatrix.domain.access.AccessPolicy;
import org.skillsmatrix.domain.access.Action;
import org.skillsmatrix.domain.access.Actor;
import org.skillsmatrix.domain.audit.Auditor;
import org.skillsmatrix.domain.base.InvalidInput;
import org.skillsmatrix.domain.base.PersonId;
import org.skillsmatrix.domain.base.RoleProfileId;
import org.skillsmatrix.domain.base.TeamId;
import org.skillsmatrix.domain.base.Texts;
import org.skillsmatrix.domain.people.People;
import org.skillsmatrix.domain.people.Person;
import org.skillsmatrix.domain.profile.RoleProfile;
import org.skillsmatrix.domain.profile.RoleProfiles;
import org.skillsmatrix.domain.team.Team;
import org.skillsmatrix.domain.team.Teams;

/**
 * Use case: HR imports people and their teams from the HR system, as CSV with the columns
 *
 * <pre>
 * email,name,teams,manages,role_profile,active
 * noah.fischer@example.com,Noah Fischer,Payments,,Senior Back-end Engineer,true
 * maya.schmidt@example.com,Maya Schmidt,Payments,Payments;Mobile Backend,,true
 * </pre>
 *
 * <p>A person is found by e-mail and added when there is none with it, or else changed to what the file says.
 * {@code email} and {@code name} are required; the other columns may be left out, and then the import leaves what
 * they stand for as it is. Where the file has {@code teams} (or {@code manages}), each person of the file ends up a
 * member (or manager) of exactly the teams named there, separated by semicolons: added where named, removed where
 * not. People not in the file keep their teams. A team named must exist, unless teams are to be created.
 *
 * <p>The whole file is checked first and every problem reported with its line and column; only a valid file is
 * applied, in one transaction, one import at a time ({@link ImportLock}). Importing the same file again changes
 * nothing.
 */
@Transactional
public class ImportPeople {

    public static final List<String> REQUIRED = List.of("email", "name");
    public static final List<String> OPTIONAL = List.of("teams", "manages", "role_profile", "active");
    /** Separates the team names of the {@code teams} and {@code manages} columns. */
    public static final String LIST_SEPARATOR = ";";

    private static final Set<String> YES = Set.of("true", "yes", "y", "1");
    private static final Set<String> NO = Set.of("false", "no", "n", "0");

    private final People people;
    private final Teams teams;
    private final RoleProfiles profiles;
    private final AccessPolicy policy;
    private final Auditor auditor;
    private final CsvImport csvImport;

    public ImportPeople(
            People people,
            Teams teams,
            RoleProfiles profiles,
            CsvReader csv,
            AccessPolicy policy,
            Auditor auditor,
            ImportLimits limits,
            ImportLock lock) {
        this.people = people;
        this.teams = teams;
        this.profiles = profiles;
        this.policy = policy;
        this.auditor = auditor;
        this.csvImport = new CsvImport(csv, limits, lock, REQUIRED, OPTIONAL);
    }

    public ImportLimits limits() {
        return csvImport.limits();
    }

    /** Checks the whole file and says what importing it would do; writes nothing and takes no lock. */
    public ImportResult<PeopleImportSummary> check(Actor actor, InputStream file, boolean createTeams) {
        policy.check(actor, new Action.MaintainPeopleAndTeams());
        return csvImport.check(file, (rows, problems) -> plan(rows, createTeams, problems));
    }

    /** Checks the whole file under the {@link ImportLock} and, only if all of it is valid, applies it. */
    public ImportResult<PeopleImportSummary> apply(Actor actor, InputStream file, boolean createTeams) {
        policy.check(actor, new Action.MaintainPeopleAndTeams());
        return csvImport.apply(actor, file, (rows, problems) -> plan(rows, createTeams, problems));
    }

    private @Nullable Plan plan(ImportFile file, boolean createTeams, List<ImportProblem> problems) {
        var storedPeople = people.all().stream().collect(Collectors.toMap(Person::email, Function.identity()));
        var storedTeams = new LinkedHashMap<String, Team>();
        teams.all().forEach(team -> storedTeams.put(key(team.name()), team));
        var storedProfiles = profiles.all();
        var profilesByName = new HashMap<String, RoleProfile>();
        storedProfiles.forEach(profile -> profilesByName.put(key(profile.name()), profile));
        var profileNames = storedProfiles.stream().map(RoleProfile::name).collect(Collectors.joining(", "));
        var newTeamNames = new LinkedHashMap<String, String>();
        var seen = new ImportFile.FirstSeen<String>();
        var entries = new ArrayList<Entry>();

        for (var row : file.rows()) {
            int before = problems.size();
            var email = row.email("email", problems);
            var name = name(row, "name", row.get("name"), Person.MAX_NAME, problems);
            if (email != null) {
                var first = seen.seen(email, row.line());
                if (first != null) {
                    problems.add(row.problem("email", "people.email-twice", email, first));
                }
            }
            var memberOf = teamNames(row, "teams", file, storedTeams, newTeamNames, createTeams, problems);
            var manages = teamNames(row, "manages", file, storedTeams, newTeamNames, createTeams, problems);
            RoleProfileId profile = null;
            var profileName = row.get("role_profile");
            if (!profileName.isEmpty()) {
                var found = profilesByName.get(key(profileName));
                if (found == null) {
                    problems.add(row.problem("role_profile", "people.unknown-role-profile", profileName, profileNames));
                } else {
                    profile = found.id();
                }
            }
            Boolean active = null;
            var activeText = row.get("active").toLowerCase(Locale.ROOT);
            if (YES.contains(activeText)) {
                active = true;
            } else if (NO.contains(activeText)) {
                active = false;
            } else if (!activeText.isEmpty()) {
                problems.add(row.problem("active", "people.active", row.get("active")));
            }
            if (problems.size() == before && email != null && name != null) {
                entries.add(new Entry(email, name, memberOf, manages, profile, active));
            }
        }
        if (!problems.isEmpty()) {
            return null;
        }
        return plan(file, entries, storedPeople, storedTeams, newTeamNames);
    }

    private Plan plan(
            ImportFile file,
            List<Entry> entries,
            Map<String, Person> storedPeople,
            Map<String, Team> storedTeams,
            Map<String, String> newTeamNames) {
        var toAdd = new ArrayList<Person>();
        var toChange = new ArrayList<Person>();
        int unchanged = 0;
        var ids = new HashMap<String, PersonId>();
        for (var entry : entries) {
            var stored = storedPeople.get(entry.email());
            if (stored == null) {
                var added = new Person(
                        PersonId.random(),
                        entry.name(),
                        entry.email(),
                        entry.profile(),
                        entry.active() == null || entry.active(),
                        0);
                toAdd.add(added);
                ids.put(entry.email(), added.id());
                continue;
            }
            ids.put(entry.email(), stored.id());
            var target = stored.with(
                            entry.name(),
                            entry.email(),
                            file.has("role_profile") ? entry.profile() : stored.roleProfile())
                    .withActive(entry.active() == null ? stored.active() : entry.active());
            if (target.equals(stored)) {
                unchanged++;
            } else {
                toChange.add(target);
            }
        }

        var inFile = new HashSet<>(ids.values());
        var teamsAfter = new LinkedHashMap<String, Team>(storedTeams);
        var created = new ArrayList<Team>();
        newTeamNames.forEach((key, name) -> {
            var team = new Team(TeamId.random(), name, Set.of(), Set.of(), 0);
            teamsAfter.put(key, team);
            created.add(team);
        });
        var changed = new ArrayList<Team>();
        for (var entry : teamsAfter.entrySet()) {
            var team = entry.getValue();
            var members = file.has("teams")
                    ? regrouped(
                            team.members(),
                            inFile,
                            entries,
                            ids,
                            e -> e.memberOf().contains(entry.getKey()))
                    : team.members();
            var managers = file.has("manages")
                    ? regrouped(
                            team.managers(),
                            inFile,
                            entries,
                            ids,
                            e -> e.manages().contains(entry.getKey()))
                    : team.managers();
            var after = new Team(team.id(), team.name(), members, managers, team.version());
            if (storedTeams.containsKey(entry.getKey())) {
                if (!after.equals(team)) {
                    changed.add(after);
                }
            } else {
                created.set(created.indexOf(team), after);
            }
        }
        return new Plan(toAdd, toChange, unchanged, created, changed);
    }

    /** The group as it was, less the people of the file, plus those of them the file puts into it. */
    private static Set<PersonId> regrouped(
            Set<PersonId> before,
            Set<PersonId> inFile,
            List<Entry> entries,
            Map<String, PersonId> ids,
            java.util.function.Predicate<Entry> belongs) {
        var after = new LinkedHashSet<PersonId>();
        before.stream().filter(person -> !inFile.contains(person)).forEach(after::add);
        entries.stream().filter(belongs).map(entry -> ids.get(entry.email())).forEach(after::add);
        return after;
    }

    private static Set<String> teamNames(
            ImportFile.Row row,
            String column,
            ImportFile file,
            Map<String, Team> storedTeams,
            Map<String, String> newTeamNames,
            boolean createTeams,
            List<ImportProblem> problems) {
        if (!file.has(column) || row.get(column).isEmpty()) {
            return Set.of();
        }
        var keys = new LinkedHashSet<String>();
        for (var raw : row.get(column).split(LIST_SEPARATOR)) {
            var name = raw.strip();
            if (name.isEmpty()) {
                continue;
            }
            var key = key(name);
            if (!storedTeams.containsKey(key)) {
                if (!createTeams) {
                    problems.add(row.problem(column, "people.unknown-team", name));
                    continue;
                }
                var checked = name(row, column, name, Team.MAX_NAME, problems);
                if (checked == null) {
                    continue;
                }
                newTeamNames.putIfAbsent(key, checked);
            }
            keys.add(key);
        }
        return keys;
    }

    private static @Nullable String name(
            ImportFile.Row row, String column, String value, int max, List<ImportProblem> problems) {
        try {
            return Texts.requireName(value, column, max);
        } catch (InvalidInput invalid) {
            problems.add(row.refused(column, value, max, invalid, "value.too-long", max));
            return null;
        }
    }

    /** Names are matched regardless of case and surrounding blanks. */
    private static String key(String name) {
        return name.strip().toLowerCase(Locale.ROOT);
    }

    /** One valid row: the person as the file says, and the keys of the teams named. */
    private record Entry(
            String email,
            String name,
            Set<String> memberOf,
            Set<String> manages,
            @Nullable RoleProfileId profile,
            @Nullable Boolean active) {}

    /** What applying the file does. */
    private final class Plan implements CheckedImport.Plan<PeopleImportSummary> {

        private final List<Person> toAdd;
        private final List<Person> toChange;
        private final int unchanged;
        private final List<Team> teamsToAdd;
        private final List<Team> teamsToChange;

        Plan(
                List<Person> toAdd,
                List<Person> toChange,
                int unchanged,
                List<Team> teamsToAdd,
                List<Team> teamsToChange) {
            this.toAdd = toAdd;
            this.toChange = toChange;
            this.unchanged = unchanged;
            this.teamsToAdd = teamsToAdd;
            this.teamsToChange = teamsToChange;
        }

        @Override
        public PeopleImportSummary summary() {
            return new PeopleImportSummary(
                    toAdd.size(), toChange.size(), unchanged, teamsToAdd.size(), teamsToChange.size());
        }

        @Override
        public void apply(Actor actor) {
            for (var person : toAdd) {
                var added = people.add(person);
                auditor.record(actor, "person.added", added.id(), describe(added) + ", imported");
            }
            for (var person : toChange) {
                var changed = people.update(person);
                auditor.record(actor, "person.changed", changed.id(), describe(changed) + ", imported");
            }
            for (var team : teamsToAdd) {
                var added = teams.add(team);
                auditor.record(
                        actor,
                        "team.added",
                        added.id(),
                        added.name() + ", imported with " + added.members().size() + " members and "
                                + added.managers().size() + " managers");
            }
            for (var team : teamsToChange) {
                var changed = teams.update(team);
                auditor.record(
                        actor,
                        "team.changed",
                        changed.id(),
                        "name=" + changed.name() + ", imported: members "
                                + changed.members().size() + ", managers "
                                + changed.managers().size());
            }
            var summary = summary();
            if (summary.changes() > 0) {
                auditor.record(actor, "people.imported", "people", summary.toString());
            }
        }

        private static String describe(Person person) {
            return person.name() + " <" + person.email() + ">";
        }
    }
}
