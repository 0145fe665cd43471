package org.skillsmatrix.app.api;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import org.junit.jupiter.api.BeforeEach;
import org.skillsmatrix.app.security.AgainstKeycloak;
import org.skillsmatrix.demo.DemoPeople;
import org.skillsmatrix.domain.catalog.Catalog;
import org.skillsmatrix.domain.catalog.Skill;
import org.skillsmatrix.domain.team.Team;
import org.skillsmatrix.domain.team.Teams;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The API of the whole application on the demo organisation, called with real access tokens of the demo users from
 * the tests' Keycloak. It shares the application context of the other tests against Keycloak.
 *
 * <p>The demo users: {@code employee} (Noah Fischer, a member of Payments), {@code manager} (Maya Schmidt, who
 * manages Payments and Mobile Backend), {@code hr} (Hannah Ruiz), {@code admin} (Adam Novak, a member of Platform),
 * and {@code noroles}, whose account holds none of the application's roles.
 */
public abstract class ApiIT extends AgainstKeycloak {

    /** The tables a request could write to, counted to show that a refused one wrote nothing. */
    static final List<String> TABLES = List.of(
            "person",
            "team",
            "team_member",
            "team_manager",
            "team_target",
            "certification_target",
            "certificate",
            "category",
            "skill",
            "scale_level",
            "role_profile",
            "role_profile_expectation",
            "assessment",
            "audit_entry",
            "development_goal",
            "current_rating",
            "skill_level_count",
            "team_level_count",
            "skill_level_change",
            "notification",
            "notification_setting");

    @Autowired
    protected Teams teams;

    @Autowired
    protected Catalog catalog;

    /** The people's rows as the last round of sign-ins left them, by the application's address. */
    private static final Map<String, String> PEOPLE_AFTER_SIGN_IN = new ConcurrentHashMap<>();

    /**
     * Signs every demo user in through the API once, so that the test's own calls are never the first after another
     * test unlinked someone: a first call links the person to the account, which writes. Where no person's row has
     * changed since the last round, each user's next call finds their person as that round left them, so the round
     * is not repeated.
     */
    @BeforeEach
    void signInEveryDemoUser() {
        if (peopleRows().equals(PEOPLE_AFTER_SIGN_IN.get(app()))) {
            return;
        }
        for (var user : List.of("employee", "manager", "hr", "admin", "noroles")) {
            api().as(user).get("/api/v1/me");
        }
        PEOPLE_AFTER_SIGN_IN.put(app(), peopleRows());
    }

    /** A digest of every person's row, which any write to one changes. */
    private String peopleRows() {
        return jdbc.queryForObject(
                "select count(*) || ':' || coalesce(md5(string_agg(p::text, ',' order by p.id)), '') from person p",
                String.class);
    }

    protected ApiClient api() {
        return new ApiClient(app());
    }

    protected UUID personId(String email) {
        return person(email).id().value();
    }

    protected UUID employeeId() {
        return personId(DemoPeople.EMPLOYEE);
    }

    protected UUID managerId() {
        return personId(DemoPeople.MANAGER);
    }

    protected Team team(String name) {
        return teams.all().stream()
                .filter(team -> team.name().equals(name))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no team " + name));
    }

    /** The team the demo manager manages and the demo employee is a member of. */
    protected Team payments() {
        return team("Payments");
    }

    /** A team the demo manager does not manage, with a member who is in no team the manager manages. */
    protected Team otherTeam() {
        var managed = teams.managedBy(person(DemoPeople.MANAGER).id());
        return teams.all().stream()
                .filter(team -> !managed.contains(team))
                .filter(team -> team.members().stream()
                        .anyMatch(member ->
                                managed.stream().noneMatch(own -> own.members().contains(member))))
                .findFirst()
                .orElseThrow();
    }

    /** A member of {@link #otherTeam()} who is in no team the demo manager manages. */
    protected UUID outsiderId() {
        var managed = teams.managedBy(person(DemoPeople.MANAGER).id());
        return otherTeam().members().stream()
                .filter(member ->
                        managed.stream().noneMatch(own -> own.members().contains(member)))
                .findFirst()
                .orElseThrow()
                .value();
    }

    protected Skill skill(String name) {
        return catalog.skills().stream()
                .filter(skill -> skill.name().equalsIgnoreCase(name))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no skill " + name));
    }

    /** Some active skill of the catalog, the n-th. */
    protected Skill activeSkill(int n) {
        return catalog.skills().stream()
                .filter(Skill::active)
                .skip(n)
                .findFirst()
                .orElseThrow();
    }

    /** How many rows each table holds now. */
    protected Map<String, Long> rowCounts() {
        var counts = new LinkedHashMap<String, Long>();
        for (var table : TABLES) {
            counts.put(table, jdbc.queryForObject("select count(*) from " + table, Long.class));
        }
        return counts;
    }
}
