package org.skillsmatrix.domain.privacy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;
import static org.skillsmatrix.domain.testing.TestOrganisation.hr;

import java.io.ByteArrayOutputStream;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.skillsmatrix.domain.catalog.Skill;
import org.skillsmatrix.domain.gap.AnalyseOrganisationGaps;
import org.skillsmatrix.domain.gap.OrganisationSkillCoverage;
import org.skillsmatrix.domain.people.Person;
import org.skillsmatrix.domain.report.CoverageReport;
import org.skillsmatrix.domain.report.OrganisationGapReport;
import org.skillsmatrix.domain.report.ReportFormat;
import org.skillsmatrix.domain.report.ReportHeader;
import org.skillsmatrix.domain.report.ReportRequest;
import org.skillsmatrix.domain.report.ShownTally;
import org.skillsmatrix.domain.scale.Level;
import org.skillsmatrix.domain.testing.RecordingRenderer;
import org.skillsmatrix.domain.testing.TestOrganisation;
import org.skillsmatrix.domain.whatif.Change;

/**
 * The privacy threshold on a small organisation computed by hand, with a minimum group of 3: Java is held by 3
 * people, PostgreSQL by 2, Kafka by Ann alone, Go by nobody.
 */
class PrivacyThresholdTest {

    private static final PrivacyThreshold THREE = new PrivacyThreshold(3);

    private final TestOrganisation world = new TestOrganisation();
    private final Person ann = world.person("Ann Smith");
    private final Person ben = world.person("Ben Brown");
    private final Person cleo = world.person("Cleo Clark");
    private final Person dan = world.person("Dan Dale");
    private final Person hilda = world.person("Hilda HR");
    private final Skill java = world.skill("Java");
    private final Skill postgres = world.skill("PostgreSQL");
    private final Skill kafka = world.skill("Kafka");
    private final Skill go = world.skill("Go");

    {
        world.team("Payments", List.of(ann, ben), List.of());
        world.team("Search", List.of(cleo, dan), List.of());
        for (var person : List.of(ann, ben, cleo)) {
            world.selfRated(person, java, Level.PROFICIENT);
        }
        world.selfRated(dan, java, Level.WORKING_KNOWLEDGE);
        world.selfRated(ann, postgres, Level.EXPERT);
        world.selfRated(cleo, postgres, Level.PROFICIENT);
        world.selfRated(ann, kafka, Level.EXPERT);
    }

    @Test
    void aCountOfOneToTheMinimumGroupLessOneIsFewerThanItAndNoneOrTheGroupAreShown() {
        assertThat(THREE.count(0)).isEqualTo(ShownCount.of(0));
        assertThat(THREE.count(1)).isEqualTo(ShownCount.hiddenBelow(3));
        assertThat(THREE.count(2)).isEqualTo(ShownCount.hiddenBelow(3));
        assertThat(THREE.count(3)).isEqualTo(ShownCount.of(3));
        assertThat(THREE.count(2).value()).isNull();
        assertThat(THREE.count(2)).hasToString("fewer than 3");
        assertThat(new PrivacyThreshold(1).count(1)).isEqualTo(ShownCount.of(1));
        assertThat(new PrivacyThreshold(1).hidesAny()).isFalse();
        assertThatThrownBy(() -> new PrivacyThreshold(0)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aTotalIsHiddenWhenACountItAddsUpIsSoNoHiddenCountIsWorkedOutBySubtraction() {
        assertThat(ShownCount.of(40).plus(ShownCount.of(7))).isEqualTo(ShownCount.of(47));
        assertThat(ShownCount.of(40).plus(THREE.count(2))).isEqualTo(ShownCount.hiddenBelow(3));
        assertThat(THREE.count(1).plus(ShownCount.of(40))).isEqualTo(ShownCount.hiddenBelow(3));
        // hidden counts sort between none and the smallest shown
        assertThat(List.of(ShownCount.of(3), THREE.count(1), ShownCount.of(0)).stream()
                        .sorted(Comparator.comparingDouble(ShownCount::order)))
                .containsExactly(ShownCount.of(0), THREE.count(1), ShownCount.of(3));
    }

    @Test
    void theOrganisationsGapsShowHoldersOfThreeOrMoreOrNoneAndNameTheSoleHolderToHr() {
        var gaps = new AnalyseOrganisationGaps(world.coverage, world.people, world.policy, THREE).analyse(hr(hilda));

        assertThat(gaps.privacy()).isEqualTo(THREE);
        assertThat(gaps.skills())
                .extracting(
                        skill ->
                                world.catalog.skill(skill.skill()).orElseThrow().name(),
                        gaps::holders)
                .containsExactlyInAnyOrder(
                        tuple("Java", ShownCount.of(3)),
                        tuple("PostgreSQL", ShownCount.hiddenBelow(3)),
                        tuple("Kafka", ShownCount.hiddenBelow(3)),
                        tuple("Go", ShownCount.of(0)));
        // an individual's rating stays visible to whoever may read it: HR sees that Ann alone holds Kafka
        assertThat(gaps.skills())
                .filteredOn(skill -> skill.skill().equals(kafka.id()))
                .extracting(OrganisationSkillCoverage::soleHolder)
                .containsExactly(ann.id());
        assertThat(gaps.soleHolders()).containsEntry(ann.id(), "Ann Smith");
    }

    @Test
    void theOrganisationsGapReportHidesTheSmallCountsAndSaysSoOnItsCover() {
        var renderer = new RecordingRenderer();
        world.exportReportWith(renderer, THREE)
                .export(
                        hr(hilda),
                        new ReportRequest.OrganisationGaps(),
                        ReportFormat.PDF,
                        Locale.ENGLISH,
                        file -> new ByteArrayOutputStream());

        var report = renderer.report(OrganisationGapReport.class);
        assertThat(report.skills())
                .extracting(skill -> skill.skill().name(), OrganisationGapReport.SkillGap::holders)
                .contains(
                        tuple("Java", ShownCount.of(3)),
                        tuple("PostgreSQL", ShownCount.hiddenBelow(3)),
                        tuple("Kafka", ShownCount.hiddenBelow(3)),
                        tuple("Go", ShownCount.of(0)));
        assertThat(report.skills())
                .filteredOn(skill -> skill.skill().name().equals("Kafka"))
                .extracting(OrganisationGapReport.SkillGap::soleHolder)
                .containsExactly("Ann Smith");
        assertThat(report.header().filters())
                .extracting(ReportHeader.Filter::label)
                .contains("Privacy");
    }

    @Test
    void coverageHidesEachSmallCountAndEveryTotalThatAddsOneUp() {
        var renderer = new RecordingRenderer();
        world.exportReportWith(renderer, THREE)
                .export(
                        hr(hilda),
                        new ReportRequest.Coverage(0),
                        ReportFormat.CSV,
                        Locale.ENGLISH,
                        file -> new ByteArrayOutputStream());

        var report = renderer.report(CoverageReport.class);
        var hidden = ShownCount.hiddenBelow(3);
        var byName = report.skills().stream()
                .collect(Collectors.toMap(line -> line.skill().name(), CoverageReport.SkillLine::now));
        // Java: 1 at Working knowledge (hidden), 3 at Proficient
        ShownTally javaNow = byName.get("Java");
        assertThat(javaNow.counts())
                .containsExactly(ShownCount.of(0), ShownCount.of(0), hidden, ShownCount.of(3), ShownCount.of(0));
        assertThat(javaNow.atLeast(Level.PROFICIENT)).isEqualTo(ShownCount.of(3));
        // 4 rated, but Dan's 1 could be worked out from it: hidden
        assertThat(javaNow.rated()).isEqualTo(hidden);
        // Kafka: Ann alone
        assertThat(byName.get("Kafka").at(Level.EXPERT)).isEqualTo(hidden);
        assertThat(byName.get("Go").rated()).isEqualTo(ShownCount.of(0));
        // the category adds Java's 3 at Proficient to PostgreSQL's hidden 1: hidden too
        assertThat(report.categories()).hasSize(1);
        var category = report.categories().getFirst().now();
        assertThat(category.at(Level.PROFICIENT)).isEqualTo(hidden);
        assertThat(category.at(Level.NONE)).isEqualTo(ShownCount.of(0));
        assertThat(report.header().filters())
                .extracting(ReportHeader.Filter::label)
                .contains("Privacy");
    }

    @Test
    void whatIfShowsTheOrganisationsHoldersUnderTheSameThreshold() {
        // Ann leaves: PostgreSQL goes from 2 holders to Cleo alone, Kafka from Ann alone to nobody
        var answer = world.analyseWhatIfWith(THREE).ask(hr(hilda), List.of(new Change.Leaves(ann.id())));

        var organisation = answer.organisation();
        assertThat(organisation).isNotNull();
        assertThat(organisation.skills())
                .extracting(
                        change -> world.catalog
                                .skill(change.skill())
                                .orElseThrow()
                                .name(),
                        change -> organisation.holders(change.before()),
                        change -> organisation.holders(change.after()))
                .containsExactlyInAnyOrder(
                        tuple("PostgreSQL", ShownCount.hiddenBelow(3), ShownCount.hiddenBelow(3)),
                        tuple("Kafka", ShownCount.hiddenBelow(3), ShownCount.of(0)));
        // the sole holder left stays named to HR, who may read her ratings
        assertThat(organisation.skills())
                .filteredOn(change -> change.skill().equals(postgres.id()))
                .extracting(change -> change.after().soleHolder())
                .containsExactly(cleo.id());
    }
}
