package org.skillsmatrix.domain.report.trend;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.skillsmatrix.domain.testing.TestOrganisation.employee;
import static org.skillsmatrix.domain.testing.TestOrganisation.hr;
import static org.skillsmatrix.domain.testing.TestOrganisation.manager;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.skillsmatrix.domain.base.AccessDenied;
import org.skillsmatrix.domain.catalog.Category;
import org.skillsmatrix.domain.catalog.Skill;
import org.skillsmatrix.domain.people.Person;
import org.skillsmatrix.domain.report.trend.TrendPoint.CategoryPoint;
import org.skillsmatrix.domain.scale.Level;
import org.skillsmatrix.domain.team.Team;
import org.skillsmatrix.domain.testing.TestOrganisation;

/**
 * Payments (Ada, Ben; Cleo, who has left) aims at 2 people at Proficient in Kafka and 1 at Working knowledge in
 * OWASP. Ada rates herself Proficient in Kafka in 2025 Q1; in Q2 Ben rates himself Expert in Kafka and Ada herself
 * Working knowledge in OWASP; in Q3 their manager Maya validates Ben at Working knowledge in Kafka; in January 2026
 * Ben rates himself Expert in Kafka again (Maya's rating still counts) and Proficient in PostgreSQL, which has no
 * target. Cleo's Expert in Kafka never counts: the trend is of today's members.
 */
class AnalyseTeamTrendTest {

    private final TestOrganisation org = new TestOrganisation();
    private final AnalyseTeamTrend trend = org.analyseTeamTrend;

    private final Category data = org.category("Data");
    private final Category security = org.category("Security");
    private final Skill kafka = org.skill(data, "Kafka");
    private final Skill postgres = org.skill(data, "PostgreSQL");
    private final Skill owasp = org.skill(security, "OWASP");
    private final Person ada = org.person("Ada");
    private final Person ben = org.person("Ben");
    private final Person cleo = org.inactivePerson("Cleo");
    private final Person maya = org.person("Maya");
    private final Team payments = org.team("Payments", List.of(ada, ben, cleo), List.of(maya));

    AnalyseTeamTrendTest() {
        org.target(payments, kafka, Level.PROFICIENT, 2);
        org.target(payments, owasp, Level.WORKING_KNOWLEDGE, 1);
        at("2025-03-03");
        org.selfRated(ada, kafka, Level.PROFICIENT);
        org.selfRated(cleo, kafka, Level.EXPERT);
        at("2025-05-10");
        org.selfRated(ben, kafka, Level.EXPERT);
        org.selfRated(ada, owasp, Level.WORKING_KNOWLEDGE);
        at("2025-08-20");
        org.managerRated(maya, ben, kafka, Level.WORKING_KNOWLEDGE);
        at("2026-01-10");
        org.selfRated(ben, kafka, Level.EXPERT);
        org.selfRated(ben, postgres, Level.PROFICIENT);
        at("2026-01-15");
    }

    @Test
    void eightQuartersAndNowWithTheTargetsMetAndTheSinglePointsOfFailureOfEach() {
        var points = trend.analyse(manager(maya), payments.id()).points();

        assertThat(points)
                .extracting(TrendPoint::quarter)
                .containsExactly(
                        "2024 Q1", "2024 Q2", "2024 Q3", "2024 Q4", "2025 Q1", "2025 Q2", "2025 Q3", "2025 Q4", null);
        assertThat(points.get(4).asOf()).isEqualTo(LocalDate.parse("2025-04-01"));
        assertThat(points).extracting(TrendPoint::targets).containsOnly(2);
        assertThat(points).extracting(TrendPoint::targetsMet).containsExactly(0, 0, 0, 0, 0, 2, 1, 1, 1);
        assertThat(points)
                .extracting(TrendPoint::singlePointsOfFailure)
                // 2025 Q1: Kafka (Ada alone at Proficient); Q2: OWASP; Q3 on: Kafka and OWASP; now PostgreSQL too
                .containsExactly(0, 0, 0, 0, 1, 1, 2, 2, 3);
    }

    @Test
    void eachCategorysTargetsMetAtEachPoint() {
        var points = trend.analyse(hr(org.person("Hannah")), payments.id()).points();

        assertThat(points.get(5).categories())
                .containsExactly(new CategoryPoint(data.id(), 1, 1), new CategoryPoint(security.id(), 1, 1));
        assertThat(points.getLast().categories())
                .containsExactly(new CategoryPoint(data.id(), 1, 0), new CategoryPoint(security.id(), 1, 1));
        assertThat(points.getLast().categories().getFirst().percentMet()).isZero();
    }

    @Test
    void onlyTheTeamsManagersAndHrMayAsk() {
        assertThatThrownBy(() -> trend.analyse(employee(ada), payments.id())).isInstanceOf(AccessDenied.class);
        assertThatThrownBy(() -> trend.analyse(manager(org.person("Max")), payments.id()))
                .isInstanceOf(AccessDenied.class);
    }

    private void at(String day) {
        org.clock.advance(Duration.between(org.clock.instant(), Instant.parse(day + "T09:00:00Z")));
    }
}
