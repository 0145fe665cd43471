package org.skillsmatrix.domain.imports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;
import static org.skillsmatrix.domain.imports.ImportPeopleTest.csv;
import static org.skillsmatrix.domain.testing.DomainAssertions.assertDenied;
import static org.skillsmatrix.domain.testing.TestOrganisation.admin;
import static org.skillsmatrix.domain.testing.TestOrganisation.hr;
import static org.skillsmatrix.domain.testing.TestOrganisation.manager;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.skillsmatrix.domain.access.Actor;
import org.skillsmatrix.domain.assessment.Assessment;
import org.skillsmatrix.domain.assessment.Source;
import org.skillsmatrix.domain.imports.ImportResult.Verdict;
import org.skillsmatrix.domain.people.Person;
import org.skillsmatrix.domain.scale.Interest;
import org.skillsmatrix.domain.scale.Level;
import org.skillsmatrix.domain.testing.TestOrganisation;

class ImportAssessmentsTest {

    private static final String HEADER = "email,skill,level,source,assessed_at,interest,assessor,evidence\n";

    private final TestOrganisation world = new TestOrganisation();
    private final Actor hr = hr(world.person("Hilda Ruiz"));
    private final Person noah = world.person("Noah Fischer");
    private final Person maya = world.person("Maya Schmidt");
    private final org.skillsmatrix.domain.catalog.Skill postgres = world.skill("PostgreSQL");
    private final org.skillsmatrix.domain.catalog.Skill java = world.skill("Java");

    {
        world.team("Payments", List.of(noah), List.of(maya));
    }

    @Test
    void appendsEveryRatingOfAValidFileToTheHistory() {
        var file = HEADER
                + "noah.fischer@example.com,PostgreSQL,3,self,2025-01-12T09:30:00Z,wants_to_grow,,Ran the upgrade\n"
                + "noah.fischer@example.com,postgresql,2,Manager,2025-01-20,,maya.schmidt@example.com,\n"
                + "maya.schmidt@example.com," + java.id() + ",4,SELF,2025-02-01T10:00:00+01:00,rather not,,\n";

        var result = world.importAssessments.apply(hr, csv(file));

        assertThat(result.valid()).isTrue();
        assertThat(result.applied()).isTrue();
        assertThat(result.summary()).isEqualTo(new AssessmentImportSummary(3, 0));
        assertThat(world.assessments.history(noah.id()))
                .containsExactly(
                        Assessment.byManager(
                                noah.id(),
                                postgres.id(),
                                Level.WORKING_KNOWLEDGE,
                                maya.id(),
                                Instant.parse("2025-01-20T00:00:00Z"),
                                null),
                        Assessment.self(
                                noah.id(),
                                postgres.id(),
                                Level.PROFICIENT,
                                Interest.WANTS_TO_GROW,
                                Instant.parse("2025-01-12T09:30:00Z"),
                                "Ran the upgrade"));
        assertThat(world.assessments.history(maya.id())).singleElement().satisfies(assessment -> {
            assertThat(assessment.assessedAt()).isEqualTo(Instant.parse("2025-02-01T09:00:00Z"));
            assertThat(assessment.interest()).isEqualTo(Interest.RATHER_NOT);
            assertThat(assessment.source()).isEqualTo(Source.SELF);
        });
        assertThat(world.auditLog.newest(5))
                .singleElement()
                .satisfies(entry -> assertThat(entry.detail()).startsWith("3 ratings added, 0 present already"));
    }

    @Test
    void importingTheSameFileTwiceAddsNothingTheSecondTime() {
        var file = HEADER + "noah.fischer@example.com,Java,3,self,2025-01-12T09:30:00.123456789Z,neutral,,\n"
                + "noah.fischer@example.com,Java,1,manager,2025-01-13,,maya.schmidt@example.com,\n";
        world.importAssessments.apply(hr, csv(file));
        long count = world.assessments.count();
        int audit = world.auditLog.newest(100).size();

        var again = world.importAssessments.apply(hr, csv(file));

        assertThat(again.summary()).isEqualTo(new AssessmentImportSummary(0, 2));
        assertThat(world.assessments.count()).isEqualTo(count);
        assertThat(world.auditLog.newest(100)).hasSize(audit);
    }

    @Test
    void validatingCountsWhatIsNewAndWritesNothing() {
        world.selfRated(noah, java, Level.AWARENESS);
        var stored = world.assessments.history(noah.id()).getFirst();
        var file = HEADER + "noah.fischer@example.com,Java,1,self," + stored.assessedAt() + ",neutral,,\n"
                + "noah.fischer@example.com,Java,2,self,2025-01-01,neutral,,\n";

        var result = world.importAssessments.check(hr, csv(file));

        assertThat(result.summary()).isEqualTo(new AssessmentImportSummary(1, 1));
        assertThat(result.applied()).isFalse();
        assertThat(world.assessments.count()).isEqualTo(1);
    }

    @Test
    void anApplyTakesTheImportLockAndADryRunDoesNot() {
        var file = HEADER + "noah.fischer@example.com,Java,2,self,2025-01-01,neutral,,\n";

        world.importAssessments.check(hr, csv(file));
        assertThat(world.importLock.taken()).isZero();
        world.importAssessments.apply(hr, csv(file));
        assertThat(world.importLock.taken()).isEqualTo(1);
    }

    @Test
    void reportsEveryProblemWithItsLineAndColumn() {
        var file = HEADER
                + "nobody@example.com,Java,3,self,2025-01-12,neutral,,\n"
                + "noah.fischer@example.com,Cobol,3,self,2025-01-12,neutral,,\n"
                + "noah.fischer@example.com,Java,5,self,2025-01-12,neutral,,\n"
                + "noah.fischer@example.com,Java,three,self,2025-01-12,neutral,,\n"
                + "noah.fischer@example.com,Java,3,peer,2025-01-12,,,\n"
                + "noah.fischer@example.com,Java,3,self,yesterday,neutral,,\n"
                + "noah.fischer@example.com,Java,3,self,2999-01-01,neutral,,\n"
                + "noah.fischer@example.com,Java,3,self,2025-01-12,,,\n"
                + "noah.fischer@example.com,Java,3,manager,2025-01-12,keen,,\n"
                + "noah.fischer@example.com,Java,3,manager,2025-01-12,,noah.fischer@example.com,\n"
                + "noah.fischer@example.com,Java,3,self,2025-01-12,neutral,maya.schmidt@example.com,\n"
                + "noah.fischer@example.com,Java,3,self,2025-02-12,neutral,,\n"
                + "noah.fischer@example.com,Java,2,self,2025-02-12,neutral,,\n"
                + "noah.fischer@example.com,Java,3,self,2025-02-13,neutral,,"
                + "x".repeat(Assessment.MAX_EVIDENCE + 1) + "\n"
                + "noah.fischer@example.com,Java,3,self,2025-02-14,neutral,,Ran\u0000it\n";

        var result = world.importAssessments.apply(hr, csv(file));

        assertThat(result.verdict()).isEqualTo(Verdict.INVALID);
        assertThat(result.problems())
                .extracting(ImportProblem::line, ImportProblem::field)
                .containsExactly(
                        tuple(2L, "email"),
                        tuple(3L, "skill"),
                        tuple(4L, "level"),
                        tuple(5L, "level"),
                        tuple(6L, "source"),
                        tuple(7L, "assessed_at"),
                        tuple(8L, "assessed_at"),
                        tuple(9L, "interest"),
                        tuple(10L, "interest"),
                        tuple(10L, "assessor"),
                        tuple(11L, "assessor"),
                        tuple(12L, "assessor"),
                        tuple(14L, null),
                        tuple(15L, "evidence"),
                        tuple(16L, "evidence"));
        assertThat(result.problems())
                .extracting(ImportProblem::message)
                .anySatisfy(message -> assertThat(message).contains("Nobody has the e-mail nobody@example.com"))
                .anySatisfy(message -> assertThat(message).contains("There is no skill ‘Cobol’"))
                .anySatisfy(message -> assertThat(message).contains("between 0 (None) and 4 (Expert), not 5"))
                .anySatisfy(message -> assertThat(message).contains("is in the future"))
                .anySatisfy(message -> assertThat(message).contains("the same rating as line 13"))
                .anySatisfy(message -> assertThat(message).isEqualTo("The value must not contain control characters"))
                .anySatisfy(message -> assertThat(message).isEqualTo("The value must be at most 2,000 characters"));
        assertThat(world.assessments.count()).isZero();
    }

    @Test
    void aManagerRatingNamesSomeoneWhoManagesThePersonRated() {
        var otto = world.person("Otto Berg");
        var platform = world.person("Pia Lund");
        world.team("Platform", List.of(platform), List.of(otto));
        var file = HEADER
                + "noah.fischer@example.com,Java,4,manager,2025-03-01,,hilda.ruiz@example.com,\n"
                + "noah.fischer@example.com,Java,4,manager,2025-03-01,,otto.berg@example.com,\n"
                + "pia.lund@example.com,Java,4,manager,2025-03-01,,maya.schmidt@example.com,\n"
                + "maya.schmidt@example.com,Java,4,manager,2025-03-01,,noah.fischer@example.com,\n"
                + "noah.fischer@example.com,Java,2,manager,2025-03-01,,maya.schmidt@example.com,\n"
                + "pia.lund@example.com,Java,3,manager,2025-03-01,,otto.berg@example.com,\n";

        var result = world.importAssessments.apply(hr, csv(file));

        assertThat(result.verdict()).isEqualTo(Verdict.INVALID);
        assertThat(result.problems())
                .extracting(ImportProblem::line, ImportProblem::field)
                .containsExactly(
                        tuple(2L, "assessor"), tuple(3L, "assessor"), tuple(4L, "assessor"), tuple(5L, "assessor"));
        assertThat(result.problems().getFirst().message())
                .isEqualTo("hilda.ruiz@example.com manages none of the teams noah.fischer@example.com is a member of,"
                        + " so cannot have rated them as their manager");
        assertThat(world.assessments.count()).isZero();
    }

    @Test
    void onlyHrImportsRatings() {
        assertDenied(() -> world.importAssessments.check(manager(maya), csv(HEADER)));
        assertDenied(() -> world.importAssessments.check(admin(maya), csv(HEADER)));
        assertThat(world.importAssessments.check(hr, csv(HEADER)).summary())
                .isEqualTo(new AssessmentImportSummary(0, 0));
        assertThat(world.auditLog.newest(5)).isEmpty();
    }
}
