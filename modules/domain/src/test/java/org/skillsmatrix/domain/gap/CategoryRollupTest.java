package org.skillsmatrix.domain.gap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.skillsmatrix.domain.scale.Level.PROFICIENT;

import java.util.List;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.skillsmatrix.domain.base.CategoryId;
import org.skillsmatrix.domain.base.PersonId;
import org.skillsmatrix.domain.base.SkillId;
import org.skillsmatrix.domain.catalog.Skill;

class CategoryRollupTest {

    private final CategoryId backEnd = CategoryId.random();
    private final CategoryId security = CategoryId.random();
    private final CategoryId cloud = CategoryId.random();

    private final Skill java = skill(backEnd, "Java");
    private final Skill spring = skill(backEnd, "Spring Boot");
    private final Skill sql = skill(backEnd, "SQL");
    private final Skill owasp = skill(security, "OWASP");
    private final Skill aws = skill(cloud, "AWS");

    @Test
    void sumsTheCoverageOfEachCategory() {
        var rollups = CategoryRollup.of(
                List.of(
                        coverage(java, 2, 2), // target met
                        coverage(spring, 3, 1), // 2 short, single point of failure
                        coverage(sql, 0, 0), // no target, uncovered
                        coverage(owasp, 1, 1)), // target met, single point of failure
                List.of(java, spring, sql, owasp));

        assertThat(rollups)
                .containsExactly(
                        new CategoryRollup(backEnd, 3, 2, 1, 2, 1, 1), new CategoryRollup(security, 1, 1, 1, 0, 1, 0));
        assertThat(rollups).extracting(CategoryRollup::percentMet).containsExactly(50, 100);
    }

    @Test
    void percentMetRoundsDown() {
        var rollup = CategoryRollup.of(
                        List.of(coverage(java, 1, 1), coverage(spring, 2, 1), coverage(sql, 1, 0)),
                        List.of(java, spring, sql))
                .getFirst();

        assertThat(rollup.targetsMet()).isEqualTo(1);
        assertThat(rollup.percentMet()).isEqualTo(33);
    }

    @Test
    void aCategoryWithoutTargetsCountsAsFullyMet() {
        var rollup =
                CategoryRollup.of(List.of(coverage(aws, 0, 0)), List.of(aws)).getFirst();

        assertThat(rollup.targets()).isZero();
        assertThat(rollup.percentMet()).isEqualTo(100);
    }

    @Test
    void followsTheOrderOfTheSkillsAndLeavesOutCategoriesWithoutCoverage() {
        var rollups = CategoryRollup.of(List.of(coverage(java, 0, 2), coverage(aws, 0, 2)), List.of(aws, owasp, java));

        assertThat(rollups).extracting(CategoryRollup::category).containsExactly(cloud, backEnd);
    }

    @Test
    void ignoresCoverageOfSkillsNotInTheCatalog() {
        var unknown = new SkillCoverage(SkillId.random(), PROFICIENT, 5, 0, null);

        var rollups = CategoryRollup.of(List.of(unknown, coverage(java, 1, 1)), List.of(java));

        assertThat(rollups).containsExactly(new CategoryRollup(backEnd, 1, 1, 1, 0, 1, 0));
    }

    private static Skill skill(CategoryId category, String name) {
        return new Skill(SkillId.random(), category, name, null, 1, false, 0);
    }

    private static SkillCoverage coverage(Skill skill, int required, int holders) {
        @Nullable PersonId sole = holders == 1 ? PersonId.random() : null;
        return new SkillCoverage(skill.id(), PROFICIENT, required, holders, sole);
    }
}
