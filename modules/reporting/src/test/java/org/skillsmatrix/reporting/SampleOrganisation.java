package org.skillsmatrix.reporting;

import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.skillsmatrix.domain.access.Actor;
import org.skillsmatrix.domain.base.GoalId;
import org.skillsmatrix.domain.catalog.Category;
import org.skillsmatrix.domain.catalog.Skill;
import org.skillsmatrix.domain.mentoring.DevelopmentGoal;
import org.skillsmatrix.domain.mentoring.GoalStatus;
import org.skillsmatrix.domain.people.Person;
import org.skillsmatrix.domain.report.ExportReport;
import org.skillsmatrix.domain.scale.Interest;
import org.skillsmatrix.domain.scale.Level;
import org.skillsmatrix.domain.team.Team;
import org.skillsmatrix.domain.testing.TestOrganisation;

/**
 * A small organisation for the renderer tests: two teams, four categories of real skill names, a retired
 * skill, targets, a role profile, and two rounds of self and manager ratings a quarter apart. Levels follow a
 * fixed pattern, so tests read the expected values back from the stores rather than repeating them.
 */
final class SampleOrganisation {

    final TestOrganisation world = new TestOrganisation();
    final ExportReport export = world.exportReportWith(new ReportFileWriter());

    final List<Skill> skills = new ArrayList<>();
    final Skill java;
    final Skill sql;
    final Skill authentication;
    final Skill owasp;
    final Skill linux;
    final Skill cicd;
    final Skill perl;

    final Person maya = world.person("Maya Schmidt");
    final Person max = world.person("Max Meyer");
    final Person hannah = world.person("Hannah Ruiz");
    final Person noah = world.person("Noah Fischer");
    final Person ann = world.person("Ann Smith");
    final Person ben = world.person("Ben Brown");
    final Person zoe = world.person("Zoë Müller");
    final Person carl = world.person("Carl Jensen");
    final Person dana = world.person("Dana Okafor");
    final Person eve = world.person("Eve Lindqvist");
    final Person gone = world.inactivePerson("Gina Gone");
    final Team payments;
    final Team platform;

    SampleOrganisation() {
        var languages = world.category("Programming languages");
        java = skill(languages, "Java");
        skill(languages, "Kotlin");
        skill(languages, "Python");
        skill(languages, "Go");
        perl = world.catalog.update(world.skill(languages, "Perl").retire());
        var databases = world.category("Relational databases");
        skill(databases, "PostgreSQL");
        sql = skill(databases, "SQL");
        skill(databases, "Query optimisation");
        var security = world.category("Security");
        authentication = skill(security, "Authentication");
        owasp = skill(security, "OWASP Top 10");
        skill(security, "Encryption and key management");
        var devops = world.category("Servers and DevOps");
        linux = skill(devops, "Linux administration");
        cicd = skill(devops, "CI/CD pipelines");
        skill(devops, "Monitoring and alerting");

        payments = world.team("Payments", List.of(noah, ann, ben, zoe, gone), List.of(maya));
        platform = world.team("Platform", List.of(carl, dana, eve), List.of(max));
        world.target(payments, authentication, Level.PROFICIENT, 2);
        world.target(payments, owasp, Level.EXPERT, 1);
        world.target(platform, linux, Level.PROFICIENT, 2);
        // Payments wants two holders of the CKA: Ann's is valid, Ben's expired, so one is missing
        var cka = world.certification("Certified Kubernetes Administrator");
        world.certificationTarget(payments, cka, 2);
        world.certificate(ann, cka, LocalDate.of(2024, 3, 1), LocalDate.of(2027, 3, 1));
        world.certificate(ben, cka, LocalDate.of(2021, 1, 1), LocalDate.of(2024, 1, 1));
        var backend = world.roleProfile(
                "Back-end Engineer",
                Map.of(
                        java.id(), Level.PROFICIENT,
                        sql.id(), Level.PROFICIENT,
                        authentication.id(), Level.WORKING_KNOWLEDGE,
                        linux.id(), Level.WORKING_KNOWLEDGE,
                        cicd.id(), Level.PROFICIENT));
        world.measuredBy(noah, backend);

        rate(0);
        world.selfRated(gone, java, Level.EXPERT);
        world.selfRated(ann, perl, Level.EXPERT);
        world.clock.advance(Duration.ofDays(100));
        rate(1);
    }

    /** The people rated, in each team: everyone active but the managers and HR. */
    List<Person> members(Team team) {
        return team.equals(payments) ? List.of(ann, ben, noah, zoe) : List.of(carl, dana, eve);
    }

    Actor hr() {
        return TestOrganisation.hr(hannah);
    }

    Actor managerOfPayments() {
        return TestOrganisation.manager(maya);
    }

    /** Noah's open development goal: Linux administration at expert by 30 June 2031, with Ann as his mentor. */
    DevelopmentGoal noahAimsAtLinuxExpertBy2031() {
        return world.developmentGoals.add(new DevelopmentGoal(
                GoalId.random(),
                noah.id(),
                linux.id(),
                Level.EXPERT,
                null,
                ann.id(),
                LocalDate.of(2031, 6, 30),
                GoalStatus.OPEN,
                maya.id(),
                TestOrganisation.START,
                0));
    }

    private Skill skill(Category category, String name) {
        var skill = world.skill(category, name);
        skills.add(skill);
        return skill;
    }

    /** A round of ratings: most people rate most skills, managers validate some, a level higher each round. */
    private void rate(int round) {
        var everyone = List.of(noah, ann, ben, zoe, carl, dana, eve);
        for (int p = 0; p < everyone.size(); p++) {
            var person = everyone.get(p);
            var manager = p < 4 ? maya : max;
            for (int s = 0; s < skills.size(); s++) {
                if ((p + s) % 4 == 3 || (round == 1 && (p + s) % 3 != 0)) {
                    continue;
                }
                int level = Math.min(4, (p * 3 + s * 2) % 5 + round);
                var interest = Interest.values()[(p + s) % 3];
                world.selfRated(person, skills.get(s), Level.of(level), interest);
                if ((p + s) % 3 == 0) {
                    world.managerRated(manager, person, skills.get(s), Level.of(Math.max(0, level - (s % 2))));
                }
            }
        }
    }
}
