package org.skillsmatrix.domain.gap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;
import static org.skillsmatrix.domain.scale.Level.AWARENESS;
import static org.skillsmatrix.domain.scale.Level.EXPERT;
import static org.skillsmatrix.domain.scale.Level.NONE;
import static org.skillsmatrix.domain.scale.Level.PROFICIENT;
import static org.skillsmatrix.domain.scale.Level.WORKING_KNOWLEDGE;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.skillsmatrix.domain.assessment.CurrentRating;
import org.skillsmatrix.domain.assessment.Rating;
import org.skillsmatrix.domain.base.CategoryId;
import org.skillsmatrix.domain.base.PersonId;
import org.skillsmatrix.domain.base.RoleProfileId;
import org.skillsmatrix.domain.base.SkillId;
import org.skillsmatrix.domain.base.TeamId;
import org.skillsmatrix.domain.catalog.Skill;
import org.skillsmatrix.domain.profile.RoleProfile;
import org.skillsmatrix.domain.scale.Interest;
import org.skillsmatrix.domain.scale.Level;
import org.skillsmatrix.domain.team.Team;
import org.skillsmatrix.domain.team.TeamTarget;

class GapAnalysisTest {

    private static final Instant SELF_AT = Instant.parse("2025-01-01T00:00:00Z");
    private static final Instant MANAGER_AT = Instant.parse("2025-02-01T00:00:00Z");
    private static final CategoryId BACK_END = CategoryId.random();

    private final PersonId ana = PersonId.random();
    private final PersonId ben = PersonId.random();
    private final PersonId cleo = PersonId.random();
    private final PersonId dan = PersonId.random();
    private final PersonId eve = PersonId.random();

    private final Skill security = skill("Security");
    private final Skill postgres = skill("PostgreSQL");
    private final Skill java = skill("Java");

    @Nested
    class TeamCoverage {

        private final TeamId payments = TeamId.random();

        @Test
        void aSmallTeamWorkedByHand() {
            var coverage = GapAnalysis.teamCoverage(
                    List.of(security, postgres, java),
                    Set.of(ana, ben, cleo),
                    List.of(
                            self(ana, security, PROFICIENT),
                            self(ben, security, WORKING_KNOWLEDGE),
                            self(ben, postgres, EXPERT),
                            self(ana, java, EXPERT),
                            self(ben, java, PROFICIENT),
                            self(cleo, java, AWARENESS)),
                    List.of(target(payments, security, PROFICIENT, 2), target(payments, postgres, EXPERT, 1)));

            assertThat(coverage)
                    .containsExactly(
                            new SkillCoverage(security.id(), PROFICIENT, 2, 1, ana),
                            new SkillCoverage(postgres.id(), EXPERT, 1, 1, ben),
                            new SkillCoverage(java.id(), PROFICIENT, 0, 2, null));
            assertThat(coverage.get(0).shortfall()).isEqualTo(1);
            assertThat(coverage.get(1).targetMet()).isTrue();
        }

        @Test
        void aTeamWithNoMembersCoversNothingAndMissesEveryTarget() {
            var coverage = GapAnalysis.teamCoverage(
                    List.of(security, java),
                    Set.of(),
                    List.of(self(ana, security, EXPERT)),
                    List.of(target(payments, security, PROFICIENT, 2)));

            assertThat(coverage)
                    .containsExactly(
                            new SkillCoverage(security.id(), PROFICIENT, 2, 0, null),
                            new SkillCoverage(java.id(), PROFICIENT, 0, 0, null));
            assertThat(coverage)
                    .allSatisfy(skill -> assertThat(skill.uncovered()).isTrue());
            assertThat(coverage.get(0).shortfall()).isEqualTo(2);
        }

        @Test
        void aSkillWithoutTargetCountsProficientOrAboveAndRequiresNobody() {
            var coverage = single(GapAnalysis.teamCoverage(
                    List.of(java),
                    Set.of(ana, ben),
                    List.of(self(ana, java, WORKING_KNOWLEDGE), self(ben, java, PROFICIENT)),
                    List.of()));

            assertThat(coverage.countingLevel()).isEqualTo(Level.HOLDS_SKILL).isEqualTo(PROFICIENT);
            assertThat(coverage.required()).isZero();
            assertThat(coverage.holders()).isEqualTo(1);
            assertThat(coverage.soleHolder()).isEqualTo(ben);
            assertThat(coverage.shortfall()).isZero();
            assertThat(coverage.hasTarget()).isFalse();
            assertThat(coverage.targetMet()).isFalse();
        }

        @Test
        void aTargetBelowProficientCountsAtItsOwnLevel() {
            var coverage = single(GapAnalysis.teamCoverage(
                    List.of(java),
                    Set.of(ana, ben),
                    List.of(self(ana, java, AWARENESS), self(ben, java, NONE)),
                    List.of(target(payments, java, AWARENESS, 1))));

            assertThat(coverage).isEqualTo(new SkillCoverage(java.id(), AWARENESS, 1, 1, ana));
        }

        @Test
        void selfRatingsCountWhereNoManagerHasRated() {
            var coverage = single(GapAnalysis.teamCoverage(
                    List.of(security), Set.of(ana), List.of(self(ana, security, EXPERT)), List.of()));

            assertThat(coverage.holders()).isEqualTo(1);
        }

        @Test
        void aHigherManagerRatingOverridesTheSelfRating() {
            var coverage = single(GapAnalysis.teamCoverage(
                    List.of(security),
                    Set.of(ana),
                    List.of(validated(ana, security, WORKING_KNOWLEDGE, EXPERT)),
                    List.of(target(payments, security, EXPERT, 1))));

            assertThat(coverage.holders()).isEqualTo(1);
            assertThat(coverage.targetMet()).isTrue();
        }

        @Test
        void aLowerManagerRatingOverridesTheSelfRating() {
            var coverage = single(GapAnalysis.teamCoverage(
                    List.of(security),
                    Set.of(ana),
                    List.of(validated(ana, security, EXPERT, AWARENESS)),
                    List.of(target(payments, security, PROFICIENT, 1))));

            assertThat(coverage.holders()).isZero();
            assertThat(coverage.shortfall()).isEqualTo(1);
        }

        @Test
        void aRetiredSkillTakesNoPartEvenWithATarget() {
            var retired = security.retire();

            var coverage = GapAnalysis.teamCoverage(
                    List.of(retired, java),
                    Set.of(ana),
                    List.of(self(ana, retired, EXPERT)),
                    List.of(target(payments, retired, PROFICIENT, 3)));

            assertThat(coverage).extracting(SkillCoverage::skill).containsExactly(java.id());
        }

        @Test
        void theOnlyHolderIsASinglePointOfFailure() {
            var coverage = single(GapAnalysis.teamCoverage(
                    List.of(postgres),
                    Set.of(ana, ben),
                    List.of(self(ana, postgres, EXPERT), self(ben, postgres, AWARENESS)),
                    List.of()));

            assertThat(coverage.singlePointOfFailure()).isTrue();
            assertThat(coverage.soleHolder()).isEqualTo(ana);
            assertThat(coverage.busFactor()).isEqualTo(1);
        }

        @Test
        void theBusFactorIsTheNumberOfHolders() {
            var coverage = single(GapAnalysis.teamCoverage(
                    List.of(postgres),
                    Set.of(ana, ben, cleo),
                    List.of(self(ana, postgres, EXPERT), self(ben, postgres, PROFICIENT), self(cleo, postgres, EXPERT)),
                    List.of()));

            assertThat(coverage.busFactor()).isEqualTo(3);
            assertThat(coverage.singlePointOfFailure()).isFalse();
            assertThat(coverage.soleHolder()).isNull();
        }

        @Test
        void theShortfallIsNeverNegative() {
            var coverage = single(GapAnalysis.teamCoverage(
                    List.of(java),
                    Set.of(ana, ben, cleo),
                    List.of(self(ana, java, EXPERT), self(ben, java, EXPERT), self(cleo, java, PROFICIENT)),
                    List.of(target(payments, java, PROFICIENT, 1))));

            assertThat(coverage.holders()).isEqualTo(3);
            assertThat(coverage.shortfall()).isZero();
            assertThat(coverage.targetMet()).isTrue();
        }

        @Test
        void ratingsOfPeopleOutsideTheGivenMembersAreNotCounted() {
            var coverage = single(GapAnalysis.teamCoverage(
                    List.of(java),
                    Set.of(ana),
                    List.of(self(ana, java, AWARENESS), self(ben, java, EXPERT), self(cleo, java, EXPERT)),
                    List.of(target(payments, java, PROFICIENT, 1))));

            assertThat(coverage.holders()).isZero();
            assertThat(coverage.shortfall()).isEqualTo(1);
        }

        @Test
        void twoTargetsForOneSkillAreNotOneTeamsTargets() {
            assertThatIllegalStateException()
                    .isThrownBy(() -> GapAnalysis.teamCoverage(
                            List.of(java),
                            Set.of(ana),
                            List.of(self(ana, java, EXPERT)),
                            List.of(target(payments, java, PROFICIENT, 1), target(TeamId.random(), java, EXPERT, 2))));
        }
    }

    @Nested
    class OrganisationCoverage {

        private final Team payments = team("Payments", ana, ben);
        private final Team search = team("Search", cleo);
        private final Team ledger = team("Ledger", dan);
        private final List<CurrentRating> securityRatings = List.of(
                self(ana, security, PROFICIENT),
                self(ben, security, AWARENESS),
                self(cleo, security, PROFICIENT),
                self(dan, security, WORKING_KNOWLEDGE),
                self(eve, security, EXPERT));
        private final List<TeamTarget> securityTargets = List.of(
                target(payments.id(), security, PROFICIENT, 2),
                target(search.id(), security, EXPERT, 1),
                target(ledger.id(), security, AWARENESS, 1));

        @Test
        void anOrganisationWorkedByHand() {
            var coverage = single(GapAnalysis.organisationCoverage(
                    List.of(security),
                    Set.of(ana, ben, cleo, dan, eve),
                    List.of(payments, search, ledger),
                    securityRatings,
                    securityTargets));

            // holders at Proficient anywhere: Ana, Cleo and Eve (in no team)
            // Payments needs 2 at 3, has Ana: 1 short; Search needs 1 at 4, has none: 1 short; Ledger is met
            assertThat(coverage).isEqualTo(new OrganisationSkillCoverage(security.id(), 3, null, 3, 2, 2));
        }

        @Test
        void aTeamAboveItsTargetDoesNotMakeUpForATeamBelowIt() {
            var platform = team("Platform", cleo, dan, eve);

            var coverage = single(GapAnalysis.organisationCoverage(
                    List.of(security),
                    Set.of(ana, ben, cleo, dan, eve),
                    List.of(payments, platform),
                    securityRatings,
                    List.of(
                            target(payments.id(), security, PROFICIENT, 2),
                            target(platform.id(), security, AWARENESS, 1))));

            // Payments is 1 short; Platform has 3 where it needs 1, which helps Payments not at all
            assertThat(coverage.teamsShort()).isEqualTo(1);
            assertThat(coverage.shortfall()).isEqualTo(1);
        }

        @Test
        void inactivePeopleCountNeitherOrganisationWideNorInTheirTeams() {
            var coverage = single(GapAnalysis.organisationCoverage(
                    List.of(security),
                    Set.of(ben, cleo, dan),
                    List.of(payments, search, ledger),
                    securityRatings,
                    securityTargets));

            assertThat(coverage.holders()).isEqualTo(1);
            assertThat(coverage.soleHolder()).isEqualTo(cleo);
            assertThat(coverage.singlePointOfFailure()).isTrue();
            assertThat(coverage.shortfall()).isEqualTo(3);
            assertThat(coverage.teamsShort()).isEqualTo(2);
        }

        @Test
        void membersOfOtherTeamsDoNotFillATeamsTarget() {
            var coverage = single(GapAnalysis.organisationCoverage(
                    List.of(security),
                    Set.of(ana, ben, cleo, dan, eve),
                    List.of(search),
                    securityRatings,
                    List.of(target(search.id(), security, PROFICIENT, 3))));

            assertThat(coverage.teamsWithTarget()).isEqualTo(1);
            assertThat(coverage.shortfall()).isEqualTo(2);
        }

        @Test
        void aSkillNoTeamTargetsHasNoShortfall() {
            var coverage = single(GapAnalysis.organisationCoverage(
                    List.of(java), Set.of(ana), List.of(payments), List.of(self(ana, java, EXPERT)), securityTargets));

            assertThat(coverage).isEqualTo(new OrganisationSkillCoverage(java.id(), 1, ana, 0, 0, 0));
        }

        @Test
        void targetsOfTeamsNotGivenAreIgnored() {
            var coverage = single(GapAnalysis.organisationCoverage(
                    List.of(security),
                    Set.of(ana, ben, cleo, dan, eve),
                    List.of(ledger),
                    securityRatings,
                    securityTargets));

            assertThat(coverage.teamsWithTarget()).isEqualTo(1);
            assertThat(coverage.teamsShort()).isZero();
        }

        @Test
        void retiredSkillsTakeNoPart() {
            var coverage = GapAnalysis.organisationCoverage(
                    List.of(security.retire(), java),
                    Set.of(ana, ben, cleo, dan, eve),
                    List.of(payments, search, ledger),
                    securityRatings,
                    securityTargets);

            assertThat(coverage).extracting(OrganisationSkillCoverage::skill).containsExactly(java.id());
        }
    }

    @Nested
    class AgainstProfile {

        @Test
        void anUnratedSkillCountsAsLevelZero() {
            var gaps = GapAnalysis.againstProfile(
                    profile(Map.of(security.id(), PROFICIENT)), List.of(), List.of(security));

            assertThat(gaps).containsExactly(new PersonGap(security.id(), PROFICIENT, null));
            assertThat(gaps.getFirst().gap()).isEqualTo(3);
        }

        @Test
        void aMetOrExceededExpectationLeavesNoGap() {
            var gaps = GapAnalysis.againstProfile(
                    profile(Map.of(security.id(), PROFICIENT, java.id(), WORKING_KNOWLEDGE)),
                    List.of(self(ana, security, PROFICIENT), self(ana, java, EXPERT)),
                    List.of(security, java));

            assertThat(gaps).extracting(PersonGap::gap).containsExactly(0, 0);
        }

        @Test
        void theLargestGapComesFirst() {
            var gaps = GapAnalysis.againstProfile(
                    profile(Map.of(security.id(), PROFICIENT, postgres.id(), EXPERT, java.id(), PROFICIENT)),
                    List.of(
                            self(ana, security, WORKING_KNOWLEDGE),
                            self(ana, postgres, AWARENESS),
                            self(ana, java, EXPERT)),
                    List.of(security, postgres, java));

            assertThat(gaps)
                    .containsExactly(
                            new PersonGap(postgres.id(), EXPERT, AWARENESS),
                            new PersonGap(security.id(), PROFICIENT, WORKING_KNOWLEDGE),
                            new PersonGap(java.id(), PROFICIENT, EXPERT));
            assertThat(gaps).extracting(PersonGap::gap).containsExactly(3, 1, 0);
        }

        @Test
        void theManagersRatingIsTheLevelMeasured() {
            var gaps = GapAnalysis.againstProfile(
                    profile(Map.of(security.id(), PROFICIENT)),
                    List.of(validated(ana, security, EXPERT, WORKING_KNOWLEDGE)),
                    List.of(security));

            assertThat(gaps).extracting(PersonGap::gap).containsExactly(1);
        }

        @Test
        void retiredSkillsAndSkillsTheProfileDoesNotNameAreSkipped() {
            var gaps = GapAnalysis.againstProfile(
                    profile(Map.of(security.id(), EXPERT, java.id(), PROFICIENT)),
                    List.of(),
                    List.of(security.retire(), postgres, java));

            assertThat(gaps).extracting(PersonGap::skill).containsExactly(java.id());
        }
    }

    // --- helpers

    private static Skill skill(String name) {
        return new Skill(SkillId.random(), BACK_END, name, null, 1, false, 0);
    }

    private static Team team(String name, PersonId... members) {
        return new Team(TeamId.random(), name, Set.of(members), Set.of(), 0);
    }

    private static TeamTarget target(TeamId team, Skill skill, Level level, int headcount) {
        return new TeamTarget(team, skill.id(), level, headcount, 0);
    }

    private static RoleProfile profile(Map<SkillId, Level> expectations) {
        return new RoleProfile(RoleProfileId.random(), "Senior Back-end Engineer", expectations, 0);
    }

    private static CurrentRating self(PersonId person, Skill skill, Level level) {
        return new CurrentRating(person, skill.id(), new Rating(level, SELF_AT), null, Interest.NEUTRAL);
    }

    private static CurrentRating validated(PersonId person, Skill skill, Level self, Level manager) {
        return new CurrentRating(
                person, skill.id(), new Rating(self, SELF_AT), new Rating(manager, MANAGER_AT), Interest.NEUTRAL);
    }

    private static <T> T single(List<T> coverage) {
        assertThat(coverage).hasSize(1);
        return coverage.getFirst();
    }
}
