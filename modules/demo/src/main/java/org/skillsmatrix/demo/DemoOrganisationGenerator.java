package org.skillsmatrix.demo;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.skillsmatrix.demo.DemoOrganisation.Rater;
import org.skillsmatrix.domain.base.CategoryId;
import org.skillsmatrix.domain.base.PersonId;
import org.skillsmatrix.domain.base.RoleProfileId;
import org.skillsmatrix.domain.base.SkillId;
import org.skillsmatrix.domain.base.TeamId;
import org.skillsmatrix.domain.catalog.Category;
import org.skillsmatrix.domain.catalog.Skill;
import org.skillsmatrix.domain.people.Person;
import org.skillsmatrix.domain.profile.RoleProfile;
import org.skillsmatrix.domain.scale.Level;
import org.skillsmatrix.domain.team.Team;
import org.skillsmatrix.domain.team.TeamTarget;

/**
 * Generates a realistic organisation over a catalog: teams with a focus, managers, HR, role profiles,
 * targets, and months of self and manager ratings with a plausible spread. Two gaps are planted so the demo
 * shows them: Payments has a single security expert, and one person alone is proficient in database
 * replication across the whole organisation.
 */
public final class DemoOrganisationGenerator {

    private static final String SECURITY = "Security";
    private static final String AUTHENTICATION = "Authentication";
    private static final String OWASP = "OWASP Top 10";
    private static final String REPLICATION = "Replication and high availability";
    private static final String[] PROFILE_NAMES = {
        "Junior Back-end Engineer", "Back-end Engineer", "Senior Back-end Engineer", "Staff Engineer"
    };
    /** Expected levels per profile, junior first: for the core skills, and for the last four, advanced ones. */
    private static final int[] CORE_LEVEL = {2, 3, 3, 4};

    private static final int[] ADVANCED_LEVEL = {1, 2, 3, 4};
    private static final int ADVANCED_SKILLS = 4;
    private static final String[] PROFILE_SKILLS = {
        "SQL",
        "Relational schema design",
        "REST API design",
        "Unit testing",
        "Integration testing",
        "Git and version control",
        "Debugging",
        AUTHENTICATION,
        OWASP,
        "Code review",
        "Logging and tracing",
        "CI/CD pipelines",
        "Software design principles",
        "Domain modelling",
        "Distributed systems",
        "System design and capacity planning"
    };

    private final Map<String, Skill> skillByName = new HashMap<>();
    private final Map<String, CategoryId> categoryByName = new HashMap<>();

    private DemoOrganisationGenerator() {}

    /**
     * The e-mails of the people who manage the teams of the organisation these settings generate: the first names
     * drawn, so that they are known without generating the rest.
     */
    public static List<String> managerEmails(DemoSettings settings) {
        return managers(new Names(new Random(settings.seed())), settings.teams()).stream()
                .map(Names.Identity::email)
                .toList();
    }

    /** Two managers for every three teams, at least one; Maya Schmidt first. */
    private static List<Names.Identity> managers(Names names, int teams) {
        int count = Math.max(1, (teams * 2 + 2) / 3);
        var managers = new ArrayList<Names.Identity>(count);
        for (int m = 0; m < count; m++) {
            managers.add(m == 0 ? names.reserve("Maya Schmidt") : names.next());
        }
        return managers;
    }

    /** Generates over the catalog's active skills; {@code settings.skills()} trims or extends them. */
    public static DemoOrganisation generate(
            List<Category> categories, List<Skill> catalogSkills, DemoSettings settings, Instant now) {
        return new DemoOrganisationGenerator().build(categories, catalogSkills, settings, now);
    }

    private DemoOrganisation build(
            List<Category> categories, List<Skill> catalogSkills, DemoSettings settings, Instant now) {
        var random = new Random(settings.seed());
        var addedCategories = new ArrayList<Category>();
        var skills = chooseSkills(catalogSkills, settings.skills(), categories.size(), addedCategories);
        categories.forEach(category -> categoryByName.put(category.name(), category.id()));
        addedCategories.forEach(category -> categoryByName.put(category.name(), category.id()));
        skills.forEach(skill -> skillByName.put(skill.name(), skill));

        var profiles = roleProfiles();
        var names = new Names(random);
        var people = new ArrayList<Person>();
        var raters = new ArrayList<Rater>();

        var managers = new ArrayList<Person>();
        for (var identity : managers(names, settings.teams())) {
            managers.add(person(identity, profiles.get(3).id()));
        }
        int managerCount = managers.size();
        var hr = List.of(person(names.reserve("Hannah Ruiz"), null), person(names.next(), null));
        var employee = names.reserve("Noah Fischer");
        var admin = names.reserve("Adam Novak");

        var plans = new ArrayList<TeamPlan>();
        var members = new ArrayList<Set<PersonId>>();
        for (int t = 0; t < settings.teams(); t++) {
            plans.add(TeamPlan.forTeam(t));
            members.add(new HashSet<>());
        }
        int payments = 0;
        int data = Math.min(4, settings.teams() - 1);
        for (int p = 0; p < settings.people(); p++) {
            int team = p % settings.teams();
            int seniority = seniority(random);
            var identity = p == 0 ? employee : p == 1 ? admin : names.next();
            var person = person(identity, profiles.get(seniority).id());
            people.add(person);
            members.get(team).add(person.id());
            var caps = new HashMap<SkillId, Integer>();
            var floors = new HashMap<SkillId, Integer>();
            boolean paymentsExpert = team == payments && p == settings.teams();
            if (team == payments && !paymentsExpert) {
                skillsIn(SECURITY, skills).forEach(skill -> caps.put(skill, 2));
            }
            if (paymentsExpert) {
                skill(AUTHENTICATION).ifPresent(skill -> floors.put(skill.id(), 4));
                skill(OWASP).ifPresent(skill -> floors.put(skill.id(), 3));
            }
            boolean replicationExpert = team == data && p == data;
            skill(REPLICATION).ifPresent(skill -> {
                if (replicationExpert) {
                    floors.put(skill.id(), 4);
                } else {
                    caps.put(skill.id(), 2);
                }
            });
            var manager = managers.get(team % managerCount).id();
            raters.add(new Rater(person.id(), seniority, manager, focus(plans.get(team)), caps, floors));
        }
        for (var manager : managers) {
            people.add(manager);
            raters.add(new Rater(manager.id(), 3, null, Set.of(), Map.of(), Map.of()));
        }
        people.addAll(hr);

        var teams = new ArrayList<Team>();
        var targets = new ArrayList<TeamTarget>();
        for (int t = 0; t < settings.teams(); t++) {
            var team = new Team(
                    TeamId.random(),
                    plans.get(t).name(),
                    members.get(t),
                    Set.of(managers.get(t % managerCount).id()),
                    0);
            teams.add(team);
            targets.addAll(targets(team, plans.get(t), skills, random, t == payments, t == data));
        }
        return new DemoOrganisation(
                addedCategories,
                skills,
                profiles,
                people,
                teams,
                targets,
                raters,
                settings.months(),
                settings.seed(),
                settings.everySkillRated(),
                now);
    }

    /** The catalog's active skills, the first {@code wanted} of them, or extended by generated ones. */
    private static List<Skill> chooseSkills(
            List<Skill> catalogSkills, int wanted, int categoryCount, List<Category> addedCategories) {
        var active = catalogSkills.stream().filter(Skill::active).toList();
        if (wanted == 0 || wanted == active.size()) {
            return active;
        }
        if (wanted < active.size()) {
            return active.subList(0, wanted);
        }
        var generated = new Category(
                CategoryId.random(),
                "Generated skills",
                "Skills added to size a large organisation",
                categoryCount + 1,
                0);
        addedCategories.add(generated);
        var all = new ArrayList<>(active);
        for (int n = 1; n <= wanted - active.size(); n++) {
            all.add(new Skill(SkillId.random(), generated.id(), "Generated skill " + n, null, n, false, 0));
        }
        return all;
    }

    private static int seniority(Random random) {
        double draw = random.nextDouble();
        return draw < 0.2 ? 0 : draw < 0.6 ? 1 : draw < 0.9 ? 2 : 3;
    }

    private static Person person(Names.Identity identity, @Nullable RoleProfileId profile) {
        return new Person(PersonId.random(), identity.name(), identity.email(), profile, true, 0);
    }

    private Set<CategoryId> focus(TeamPlan plan) {
        var focus = new HashSet<CategoryId>();
        plan.focus().forEach(name -> {
            var id = categoryByName.get(name);
            if (id != null) {
                focus.add(id);
            }
        });
        return focus;
    }

    private Optional<Skill> skill(String name) {
        return Optional.ofNullable(skillByName.get(name));
    }

    private List<SkillId> skillsIn(String category, List<Skill> skills) {
        var id = categoryByName.get(category);
        return skills.stream()
                .filter(skill -> skill.category().equals(id))
                .map(Skill::id)
                .toList();
    }

    /** Four profiles of rising seniority over the core skills the catalog has. */
    private List<RoleProfile> roleProfiles() {
        var profiles = new ArrayList<RoleProfile>();
        for (int seniority = 0; seniority < PROFILE_NAMES.length; seniority++) {
            var expectations = new LinkedHashMap<SkillId, Level>();
            for (int i = 0; i < PROFILE_SKILLS.length; i++) {
                boolean advanced = i >= PROFILE_SKILLS.length - ADVANCED_SKILLS;
                int level = advanced ? ADVANCED_LEVEL[seniority] : CORE_LEVEL[seniority];
                var skill = skill(PROFILE_SKILLS[i]);
                if (skill.isPresent()) {
                    expectations.put(skill.get().id(), Level.of(level));
                }
            }
            profiles.add(new RoleProfile(RoleProfileId.random(), PROFILE_NAMES[seniority], expectations, 0));
        }
        return profiles;
    }

    private List<TeamTarget> targets(
            Team team, TeamPlan plan, List<Skill> skills, Random random, boolean payments, boolean data) {
        var bySkill = new LinkedHashMap<SkillId, TeamTarget>();
        for (var categoryId : focus(plan)) {
            var inCategory = skills.stream()
                    .filter(skill -> skill.category().equals(categoryId))
                    .toList();
            for (int k = 0; k < Math.min(2, inCategory.size()); k++) {
                var skill = inCategory.get(random.nextInt(inCategory.size()));
                boolean expertTarget = random.nextDouble() < 0.2;
                bySkill.put(
                        skill.id(),
                        new TeamTarget(
                                team.id(),
                                skill.id(),
                                expertTarget ? Level.EXPERT : Level.PROFICIENT,
                                expertTarget ? 1 : 2,
                                0));
            }
        }
        if (payments) {
            skill(AUTHENTICATION)
                    .ifPresent(s -> bySkill.put(s.id(), new TeamTarget(team.id(), s.id(), Level.PROFICIENT, 2, 0)));
            skill(OWASP).ifPresent(s -> bySkill.put(s.id(), new TeamTarget(team.id(), s.id(), Level.PROFICIENT, 2, 0)));
        }
        if (data) {
            skill(REPLICATION)
                    .ifPresent(s -> bySkill.put(s.id(), new TeamTarget(team.id(), s.id(), Level.PROFICIENT, 2, 0)));
        }
        return new ArrayList<>(bySkill.values());
    }
}
