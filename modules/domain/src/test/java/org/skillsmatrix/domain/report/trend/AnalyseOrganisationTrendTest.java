package org.skillsmatrix.domain.report.trend;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.skillsmatrix.domain.testing.TestOrganisation.hr;
import static org.skillsmatrix.domain.testing.TestOrganisation.manager;

import java.time.Duration;
import java.time.Instant;
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
 * OWASP; Search (Dan) at 1 at Proficient in Kafka. 2025 Q1: Ada Proficient in Kafka, Cleo Expert. Q2: Ben Expert in
 * Kafka, Ada Working knowledge in OWASP, Dan Proficient in Kafka. Q3: their manager validates Ben at Working knowledge
 * in Kafka. January 2026: Ben rates himself Expert in Kafka again (the manager's rating still counts) and Proficient
 * in PostgreSQL. The organisation's single points of failure count people at Proficient or above, across teams.
 */
class AnalyseOrganisationTrendTest {

    private final TestOrganisation org = new TestOrganisation();
    private final AnalyseOrganisationTrend trend = org.analyseOrganisationTrend;

    private final Category data = org.category("Data");
    private final Category security = org.category("Security");
    private final Skill kafka = org.skill(data, "Kafka");
    private final Skill postgres = org.skill(data, "PostgreSQL");
    private final Skill owasp = org.skill(security, "OWASP");
    private final Person ada = org.person("Ada");
    private final Person ben = org.person("Ben");
    private final Person cleo = org.inactivePerson("Cleo");
    private final Person dan = org.person("Dan");
    private final Person maya = org.person("Maya");
    private final Person hannah = org.person("Hannah");
    private final Team payments = org.team("Payments", List.of(ada, ben, cleo), List.of(maya));
    private final Team search = org.team("Search", List.of(dan), List.of(maya));

    AnalyseOrganisationTrendTest() {
        org.target(payments, kafka, Level.PROFICIENT, 2);
        org.target(payments, owasp, Level.WORKING_KNOWLEDGE, 1);
        org.target(search, kafka, Level.PROFICIENT, 1);
        at("2025-03-03");
        org.selfRated(ada, kafka, Level.PROFICIENT);
        org.selfRated(cleo, kafka, Level.EXPERT);
        at("2025-05-10");
        org.selfRated(ben, kafka, Level.EXPERT);
        org.selfRated(ada, owasp, Level.WORKING_KNOWLEDGE);
        org.selfRated(dan, kafka, Level.PROFICIENT);
        at("2025-08-20");
        org.managerRated(maya, ben, kafka, Level.WORKING_KNOWLEDGE);
        at("2026-01-10");
        org.selfRated(ben, kafka, Level.EXPERT);
        org.selfRated(ben, postgres, Level.PROFICIENT);
        at("2026-01-15");
    }

    @Test
    void everyTeamsTargetsMetAndTheSkillsOnePersonHoldsQuarterByQuarter() {
        var points = trend.analyse(hr(hannah)).points();

        assertThat(points)
                .extracting(TrendPoint::quarter)
                .containsExactly(
                        "2024 Q1", "2024 Q2", "2024 Q3", "2024 Q4", "2025 Q1", "2025 Q2", "2025 Q3", "2025 Q4", null);
        assertThat(points).extracting(TrendPoint::targets).containsOnly(3);
        assertThat(points).extracting(TrendPoint::targetsMet).containsExactly(0, 0, 0, 0, 0, 3, 2, 2, 2);
        assertThat(points)
                .extracting(TrendPoint::singlePointsOfFailure)
                // 2025 Q1: Kafka (Ada alone, Cleo has left); now: PostgreSQL (Ben alone)
                .containsExactly(0, 0, 0, 0, 1, 0, 0, 0, 1);
        assertThat(points.get(5).categories())
                .containsExactly(new CategoryPoint(data.id(), 2, 2), new CategoryPoint(security.id(), 1, 1));
        assertThat(points.getLast().categories())
                .containsExactly(new CategoryPoint(data.id(), 2, 1), new CategoryPoint(security.id(), 1, 1));
    }

    @Test
    void onlyHrMayAsk() {
        assertThatThrownBy(() -> trend.analyse(manager(maya))).isInstanceOf(AccessDenied.class);
    }

    private void at(String day) {
        org.clock.advance(Duration.between(org.clock.instant(), Instant.parse(day + "T09:00:00Z")));
    }
}
