package org.skillsmatrix.domain.gap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.skillsmatrix.domain.testing.DomainAssertions.assertDenied;
import static org.skillsmatrix.domain.testing.TestOrganisation.admin;
import static org.skillsmatrix.domain.testing.TestOrganisation.employee;
import static org.skillsmatrix.domain.testing.TestOrganisation.hr;
import static org.skillsmatrix.domain.testing.TestOrganisation.manager;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.skillsmatrix.domain.assessment.RatingAge;
import org.skillsmatrix.domain.base.NotFound;
import org.skillsmatrix.domain.base.TeamId;
import org.skillsmatrix.domain.catalog.Category;
import org.skillsmatrix.domain.catalog.Skill;
import org.skillsmatrix.domain.people.Person;
import org.skillsmatrix.domain.scale.Level;
import org.skillsmatrix.domain.team.Team;
import org.skillsmatrix.domain.testing.TestOrganisation;

class AnalyseTeamGapsTest {

    private final TestOrganisation world = new TestOrganisation();
    private final AnalyseTeamGaps analyseTeamGaps = world.analyseTeamGaps;
    private final Person ann = world.person("Ann Smith");
    private final Person ben = world.person("Ben Brown");
    private final Person gina = world.inactivePerson("Gina Gone");
    private final Person mona = world.person("Mona Manager");
    private final Person max = world.person("Max Manager");
    private final Team payments = world.team("Payments", List.of(ann, ben, gina), List.of(mona));
    private final Team search = world.team("Search", List.of(), List.of(max));
    private final Category languages = world.category("Languages");
    private final Category security = world.category("Security");
    private final Skill java = world.skill(languages, "Java");
    private final Skill go = world.skill(languages, "Go");
    private final Skill owasp = world.skill(security, "OWASP");

    @Test
    void theTeamsManagerSeesItsGapsRiskiestFirstAndRolledUpPerCategory() {
        world.target(payments, owasp, Level.PROFICIENT, 2);
        world.selfRated(ann, owasp, Level.EXPERT);
        world.selfRated(ben, owasp, Level.WORKING_KNOWLEDGE);
        world.selfRated(ann, java, Level.PROFICIENT);
        world.selfRated(ben, java, Level.EXPERT);

        var gaps = analyseTeamGaps.analyse(manager(mona), payments.id());

        assertThat(gaps.team()).isEqualTo(payments);
        assertThat(gaps.skills())
                .containsExactly(
                        new SkillCoverage(owasp.id(), Level.PROFICIENT, 2, 1, ann.id()),
                        new SkillCoverage(go.id(), Level.PROFICIENT, 0, 0, null),
                        new SkillCoverage(java.id(), Level.PROFICIENT, 0, 2, null));
        assertThat(gaps.shortfalls()).extracting(SkillCoverage::skill).containsExactly(owasp.id());
        assertThat(gaps.singlePointsOfFailure())
                .extracting(SkillCoverage::skill)
                .containsExactly(owasp.id());
        assertThat(gaps.categories())
                .containsExactly(
                        new CategoryRollup(languages.id(), 2, 0, 0, 0, 0, 1),
                        new CategoryRollup(security.id(), 1, 1, 0, 1, 1, 0));
    }

    @Test
    void inactiveMembersAreNotCounted() {
        world.selfRated(gina, java, Level.EXPERT);

        var gaps = analyseTeamGaps.analyse(manager(mona), payments.id());

        assertThat(gaps.skills())
                .filteredOn(skill -> skill.skill().equals(java.id()))
                .singleElement()
                .satisfies(skill -> assertThat(skill.uncovered()).isTrue());
    }

    @Test
    void retiredSkillsAreLeftOut() {
        var cobol = world.retiredSkill("COBOL");
        world.selfRated(ann, cobol, Level.EXPERT);

        var gaps = analyseTeamGaps.analyse(manager(mona), payments.id());

        assertThat(gaps.skills()).extracting(SkillCoverage::skill).doesNotContain(cobol.id());
    }

    @Test
    void hrSeesEveryTeamsGaps() {
        assertThat(analyseTeamGaps
                        .analyse(hr(world.person("Hilda HR")), search.id())
                        .skills())
                .hasSize(3);
    }

    @Test
    void membersAdminsAndOtherManagersDoNotSeeTheTeamsGaps() {
        assertDenied(() -> analyseTeamGaps.analyse(employee(ann), payments.id()));
        assertDenied(() -> analyseTeamGaps.analyse(admin(world.person("Ada Admin")), payments.id()));
        assertDenied(() -> analyseTeamGaps.analyse(manager(max), payments.id()));
    }

    @Test
    void anUnknownTeamIsNotFound() {
        assertThatExceptionOfType(NotFound.class)
                .isThrownBy(() -> analyseTeamGaps.analyse(hr(world.person("Hilda HR")), TeamId.random()));
    }

    @Test
    void aTargetMetOnlyThanksToStaleRatingsSaysSo() {
        world.target(payments, owasp, Level.PROFICIENT, 2);
        world.selfRated(ann, owasp, Level.EXPERT);
        world.clock.advance(Duration.ofDays(400));
        world.selfRated(ben, owasp, Level.PROFICIENT);
        world.selfRated(ann, java, Level.PROFICIENT);

        var gaps = analyseTeamGaps.analyse(manager(mona), payments.id());

        assertThat(gaps.staleCountsOneLevelLower()).isFalse();
        assertThat(gaps.skills())
                .filteredOn(skill -> skill.skill().equals(owasp.id()))
                .singleElement()
                .satisfies(skill -> {
                    assertThat(skill.holders()).isEqualTo(2);
                    assertThat(skill.staleHolders()).isEqualTo(1);
                    assertThat(skill.targetMet()).isTrue();
                    assertThat(skill.metOnlyThanksToStaleRatings()).isTrue();
                });
        assertThat(gaps.metOnlyThanksToStaleRatings())
                .extracting(SkillCoverage::skill)
                .containsExactly(owasp.id());
    }

    @Test
    void withTheSettingAStaleRatingCountsOneLevelLower() {
        var lower = new AnalyseTeamGaps(
                world.coverage,
                world.matrices,
                world.targets,
                world.teams,
                world.catalog,
                world.people,
                world.policy,
                new RatingAge(RatingAge.DEFAULT_STALE_AFTER, true, world.clock),
                world.certificationHolders);
        world.target(payments, owasp, Level.PROFICIENT, 2);
        world.selfRated(ann, owasp, Level.EXPERT);
        world.selfRated(gina, owasp, Level.EXPERT);
        world.selfRated(ben, owasp, Level.PROFICIENT);
        world.clock.advance(Duration.ofDays(400));

        var gaps = lower.analyse(manager(mona), payments.id());

        assertThat(gaps.staleCountsOneLevelLower()).isTrue();
        assertThat(gaps.skills())
                .filteredOn(skill -> skill.skill().equals(owasp.id()))
                .containsExactly(new SkillCoverage(owasp.id(), Level.PROFICIENT, 2, 1, ann.id(), 1));
        assertThat(world.analyseTeamGaps.analyse(manager(mona), payments.id()).skills())
                .as("counted at their level without the setting")
                .filteredOn(skill -> skill.skill().equals(owasp.id()))
                .containsExactly(new SkillCoverage(owasp.id(), Level.PROFICIENT, 2, 2, null, 2));
    }
}
