package org.skillsmatrix.domain.gap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.skillsmatrix.domain.testing.DomainAssertions.assertDenied;
import static org.skillsmatrix.domain.testing.TestOrganisation.employee;
import static org.skillsmatrix.domain.testing.TestOrganisation.hr;
import static org.skillsmatrix.domain.testing.TestOrganisation.manager;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.skillsmatrix.domain.base.NotFound;
import org.skillsmatrix.domain.base.PersonId;
import org.skillsmatrix.domain.catalog.Skill;
import org.skillsmatrix.domain.people.Person;
import org.skillsmatrix.domain.profile.RoleProfile;
import org.skillsmatrix.domain.scale.Level;
import org.skillsmatrix.domain.testing.TestOrganisation;

class AnalysePersonGapsTest {

    private final TestOrganisation world = new TestOrganisation();
    private final AnalysePersonGaps analysePersonGaps = world.analysePersonGaps;
    private final Skill java = world.skill("Java");
    private final Skill security = world.skill("Security");
    private final Skill kafka = world.skill("Kafka");
    private final RoleProfile senior = world.roleProfile(
            "Senior Back-end Engineer",
            Map.of(java.id(), Level.PROFICIENT, security.id(), Level.PROFICIENT, kafka.id(), Level.WORKING_KNOWLEDGE));
    private final Person ann = world.measuredBy(world.person("Ann Smith"), senior);
    private final Person ben = world.person("Ben Brown");
    private final Person mona = world.person("Mona Manager");

    {
        world.team("Payments", List.of(ann, ben), List.of(mona));
    }

    @Test
    void anEmployeeSeesTheirGapsAgainstTheirProfileLargestFirst() {
        world.selfRated(ann, java, Level.EXPERT);
        world.selfRated(ann, security, Level.AWARENESS);

        var gaps = analysePersonGaps.analyse(employee(ann), ann.id());

        assertThat(gaps.person()).isEqualTo(ann);
        assertThat(gaps.profile()).isEqualTo(senior);
        assertThat(gaps.gaps())
                .containsExactly(
                        new PersonGap(security.id(), Level.PROFICIENT, Level.AWARENESS),
                        new PersonGap(kafka.id(), Level.WORKING_KNOWLEDGE, null),
                        new PersonGap(java.id(), Level.PROFICIENT, Level.EXPERT));
        assertThat(gaps.gaps()).extracting(PersonGap::gap).containsExactly(2, 2, 0);
    }

    @Test
    void someoneWithoutAProfileHasNoGapsToShow() {
        world.selfRated(ben, java, Level.AWARENESS);

        var gaps = analysePersonGaps.analyse(employee(ben), ben.id());

        assertThat(gaps.profile()).isNull();
        assertThat(gaps.gaps()).isEmpty();
    }

    @Test
    void theManagerAndHrSeeAPersonsGapsButColleaguesDoNot() {
        assertThat(analysePersonGaps.analyse(manager(mona), ann.id()).gaps()).hasSize(3);
        assertThat(analysePersonGaps
                        .analyse(hr(world.person("Hilda HR")), ann.id())
                        .gaps())
                .hasSize(3);
        assertDenied(() -> analysePersonGaps.analyse(employee(ben), ann.id()));
    }

    @Test
    void anUnknownPersonIsNotFound() {
        assertThatExceptionOfType(NotFound.class)
                .isThrownBy(() -> analysePersonGaps.analyse(hr(world.person("Hilda HR")), PersonId.random()));
    }
}
