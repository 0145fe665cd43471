package org.skillsmatrix.persistence.assessment;

import jakarta.persistence.EntityManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Types;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import org.skillsmatrix.domain.assessment.Assessment;
import org.skillsmatrix.domain.assessment.Assessments;
import org.skillsmatrix.domain.assessment.CurrentRating;
import org.skillsmatrix.domain.base.PersonId;
import org.skillsmatrix.persistence.base.JdbcValues;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/**
 * The {@link Assessments} port: single appends and history through JPA, bulk appends as JDBC batches (imports
 * and demo data write hundreds of thousands of rows), current ratings as one SQL query.
 */
@Repository
@Transactional
class JpaAssessments implements Assessments {

    static final int BATCH_SIZE = 1000;

    private static final String INSERT = """
            insert into assessment (person_id, skill_id, level, interest, source, assessor_id, assessed_at, evidence)
            values (?, ?, ?, ?, ?, ?, ?, ?)""";

    private static final String CURRENT = "with " + CurrentRatingsSql.where("a.person_id = :person") + """

            select r.*
            from current_rating r
            join skill s on s.id = r.skill_id
            join category c on c.id = s.category_id
            order by c.position, s.position, s.name""";

    private final AssessmentRepository assessments;
    private final EntityManager entityManager;
    private final JdbcTemplate jdbc;
    private final NamedParameterJdbcTemplate namedJdbc;

    JpaAssessments(
            AssessmentRepository assessments,
            EntityManager entityManager,
            JdbcTemplate jdbc,
            NamedParameterJdbcTemplate namedJdbc) {
        this.assessments = assessments;
        this.entityManager = entityManager;
        this.jdbc = jdbc;
        this.namedJdbc = namedJdbc;
    }

    @Override
    public void append(Assessment assessment) {
        entityManager.persist(new AssessmentEntity(assessment));
    }

    @Override
    public void appendAll(Collection<Assessment> batch) {
        if (batch.isEmpty()) {
            return;
        }
        // Rows written through JDBC must find the people and skills that JPA may still hold unflushed.
        entityManager.flush();
        jdbc.batchUpdate(INSERT, batch, BATCH_SIZE, JpaAssessments::bind);
    }

    @Override
    @Transactional(readOnly = true)
    public List<Assessment> history(PersonId person) {
        return assessments.findByPersonIdOrderByAssessedAtDescIdDesc(person.value()).stream()
                .map(AssessmentEntity::toDomain)
                .toList();
    }

    @Override
    @Transactional(readOnly = true)
    public List<CurrentRating> current(PersonId person) {
        return namedJdbc.query(
                CURRENT, Map.of("person", person.value()), (rs, row) -> CurrentRatingsSql.currentRating(rs));
    }

    @Override
    @Transactional(readOnly = true)
    public long count() {
        return assessments.count();
    }

    private static void bind(PreparedStatement ps, Assessment assessment) throws SQLException {
        ps.setObject(1, assessment.person().value());
        ps.setObject(2, assessment.skill().value());
        ps.setShort(3, (short) assessment.level().value());
        ps.setObject(
                4, assessment.interest() == null ? null : assessment.interest().name(), Types.VARCHAR);
        ps.setString(5, assessment.source().name());
        ps.setObject(6, assessment.assessor().value());
        ps.setObject(7, JdbcValues.timestamp(assessment.assessedAt()));
        ps.setObject(8, assessment.evidence(), Types.VARCHAR);
    }
}
