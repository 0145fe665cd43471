package org.skillsmatrix.domain.gap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.skillsmatrix.domain.scale.Level.PROFICIENT;

import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.skillsmatrix.domain.base.PersonId;
import org.skillsmatrix.domain.base.SkillId;

/** The order gap lists are shown in: what needs attention first. */
class RiskiestFirstTest {

    @Test
    void teamSkillsGoByLargestShortfallThenTargetedThenFewestHolders() {
        var twoShort = team(3, 1);
        var oneShort = team(2, 1);
        var targetedMet = team(1, 2);
        var untargetedUncovered = team(0, 0);
        var untargetedOneHolder = team(0, 1);
        var untargetedWellCovered = team(0, 4);

        assertThat(worstLast(
                                twoShort,
                                oneShort,
                                targetedMet,
                                untargetedUncovered,
                                untargetedOneHolder,
                                untargetedWellCovered)
                        .stream()
                        .sorted(SkillCoverage.RISKIEST_FIRST))
                .containsExactly(
                        twoShort,
                        oneShort,
                        targetedMet,
                        untargetedUncovered,
                        untargetedOneHolder,
                        untargetedWellCovered);
    }

    @Test
    void organisationSkillsGoByLargestShortfallThenMostTeamsShortThenFewestHolders() {
        var fourShortInOneTeam = organisation(0, 1, 4);
        var twoShortInTwoTeams = organisation(5, 2, 2);
        var twoShortInOneTeamFewHolders = organisation(1, 1, 2);
        var twoShortInOneTeamManyHolders = organisation(7, 1, 2);
        var noShortfallNoHolders = organisation(0, 0, 0);
        var noShortfallManyHolders = organisation(9, 0, 0);

        assertThat(worstLast(
                                fourShortInOneTeam,
                                twoShortInTwoTeams,
                                twoShortInOneTeamFewHolders,
                                twoShortInOneTeamManyHolders,
                                noShortfallNoHolders,
                                noShortfallManyHolders)
                        .stream()
                        .sorted(OrganisationSkillCoverage.RISKIEST_FIRST))
                .containsExactly(
                        fourShortInOneTeam,
                        twoShortInTwoTeams,
                        twoShortInOneTeamFewHolders,
                        twoShortInOneTeamManyHolders,
                        noShortfallNoHolders,
                        noShortfallManyHolders);
    }

    private static SkillCoverage team(int required, int holders) {
        return new SkillCoverage(SkillId.random(), PROFICIENT, required, holders, soleIf(holders));
    }

    private static OrganisationSkillCoverage organisation(int holders, int teamsShort, int shortfall) {
        return new OrganisationSkillCoverage(
                SkillId.random(), holders, soleIf(holders), teamsShort + 1, teamsShort, shortfall);
    }

    private static @Nullable PersonId soleIf(int holders) {
        return holders == 1 ? PersonId.random() : null;
    }

    /** The items in the opposite order, so a stable sort that skips a rule leaves them visibly wrong. */
    @SafeVarargs
    private static <T> List<T> worstLast(T... riskiestFirst) {
        var worstFirst = new ArrayList<T>();
        for (var item : riskiestFirst) {
            worstFirst.addFirst(item);
        }
        return worstFirst;
    }
}
