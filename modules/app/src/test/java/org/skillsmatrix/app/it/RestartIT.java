package org.skillsmatrix.app.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.skillsmatrix.demo.DemoPeople;
import org.skillsmatrix.domain.access.Actor;
import org.skillsmatrix.domain.access.Role;
import org.skillsmatrix.domain.assessment.Assessments;
import org.skillsmatrix.domain.assessment.RateOwnSkill;
import org.skillsmatrix.domain.catalog.Catalog;
import org.skillsmatrix.domain.catalog.Skill;
import org.skillsmatrix.domain.people.People;
import org.skillsmatrix.domain.scale.Interest;
import org.skillsmatrix.domain.scale.Level;
import org.springframework.context.ConfigurableApplicationContext;

/** The default run keeps its embedded database on disk: what users did survives a restart. */
class RestartIT {

    @TempDir
    Path data;

    @Test
    void a_rating_survives_a_restart_and_the_demo_organisation_is_generated_once() {
        long people;
        long assessments;
        Skill skill;
        try (var context = LocalRun.start(data)) {
            var employee = employee(context);
            skill = context.getBean(Catalog.class).skills().getFirst();
            context.getBean(RateOwnSkill.class)
                    .rate(employee, skill.id(), Level.EXPERT, Interest.WANTS_TO_GROW, "Rated before the restart");
            people = context.getBean(People.class).count();
            assessments = context.getBean(Assessments.class).count();
        }

        try (var context = LocalRun.start(data)) {
            assertThat(context.getBean(People.class).count()).isEqualTo(people);
            assertThat(context.getBean(Assessments.class).count()).isEqualTo(assessments);
            var history =
                    context.getBean(Assessments.class).history(employee(context).person());
            assertThat(history.getFirst()).satisfies(newest -> {
                assertThat(newest.skill()).isEqualTo(skill.id());
                assertThat(newest.level()).isEqualTo(Level.EXPERT);
                assertThat(newest.evidence()).isEqualTo("Rated before the restart");
            });
        }
    }

    private static Actor employee(ConfigurableApplicationContext context) {
        var person = context.getBean(People.class).byEmail(DemoPeople.EMPLOYEE).orElseThrow();
        return Actor.of(person.id(), Role.EMPLOYEE);
    }
}
