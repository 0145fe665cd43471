package org.skillsmatrix.persistence.assessment;

import jakarta.persistence.EntityManager;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.skillsmatrix.domain.assessment.Assessment;
import org.skillsmatrix.domain.assessment.AssessmentKey;
import org.skillsmatrix.domain.assessment.AssessmentOrder;
import org.skillsmatrix.domain.assessment.Assessments;
import org.skillsmatrix.domain.assessment.CurrentRating;
import org.skillsmatrix.domain.assessment.HistoryFilter;
import org.skillsmatrix.domain.base.Page;
import org.skillsmatrix.domain.base.PageRequest;
import org.skillsmatrix.domain.base.PersonId;
import org.skillsmatrix.persistence.base.CopyIn;
import org.skillsmatrix.persistence.base.JdbcValues;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/**
 * The {@link Assessments} port: single appends and history through JPA, bulk appends with PostgreSQL's COPY (imports
 * and demo data write hundreds of thousands of rows), current ratings as one SQL query.
 */
@Repository
@Transactional
class JpaAssessments implements Assessments {

    /** Bulk appends: one COPY statement per call. */
    private static final CopyIn<Assessment> COPY = new CopyIn<>(
            "assessment",
            "person_id, skill_id, level, interest, source, assessor_id, assessed_at, evidence",
            (assessment, line) -> line.uuid(assessment.person().value())
                    .uuid(assessment.skill().value())
                    .number(assessment.level().value())
                    .text(
                            assessment.interest() == null
                                    ? null
                                    : assessment.interest().name())
                    .text(assessment.source().name())
                    .uuid(assessment.assessor().value())
                    .instant(assessment.assessedAt())
                    .text(assessment.evidence()));

    private static final String CURRENT = """
            select r.*
            from current_rating r
            join skill s on s.id = r.skill_id
            join category c on c.id = s.category_id
            where r.person_id = :person
            order by c.position, s.position, s.name""";

    /** How many keys one look-up of {@link #stored} sends at most. */
    static final int KEYS_PER_QUERY = 10_000;

    /** The keys as arrays, unnested into rows, each kept if an assessment has it; indexed by the key's position. */
    private static final String STORED = """
            select k.n
            from unnest(?::uuid[], ?::uuid[], ?::varchar[], ?::uuid[], ?::timestamptz[])
                with ordinality as k(person_id, skill_id, source, assessor_id, assessed_at, n)
            where exists (
                select 1 from assessment a
                where a.person_id = k.person_id and a.skill_id = k.skill_id and a.source = k.source
                  and a.assessed_at = k.assessed_at and a.assessor_id = k.assessor_id)""";

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
        COPY.insert(jdbc, batch);
    }

    @Override
    @Transactional(readOnly = true)
    public List<Assessment> history(PersonId person) {
        return assessments.findByPersonIdOrderByAssessedAtDescIdDesc(person.value()).stream()
                .map(AssessmentEntity::toDomain)
                .toList();
    }

    /**
     * LIMIT and OFFSET on the person's filtered ratings, and a count of them; ties of the sort key come newest
     * first, of one instant the later stored (the higher id) first.
     */
    @Override
    @Transactional(readOnly = true)
    public Page<Assessment> history(PersonId person, HistoryFilter filter, PageRequest<AssessmentOrder> request) {
        var direction = request.descending() ? " desc" : " asc";
        var order = switch (request.sortBy()) {
            case ASSESSED_AT -> "a.assessedAt" + direction + ", a.id desc";
            case LEVEL -> "a.level" + direction + ", a.assessedAt desc, a.id desc";
        };
        var where = " where a.personId = :person"
                + (filter.skill() == null ? "" : " and a.skillId = :skill")
                + (filter.source() == null ? "" : " and a.source = :source");
        var items = entityManager.createQuery(
                "select a from AssessmentEntity a" + where + " order by " + order, AssessmentEntity.class);
        var total = entityManager.createQuery("select count(a) from AssessmentEntity a" + where, Long.class);
        for (var query : List.of(items, total)) {
            query.setParameter("person", person.value());
            if (filter.skill() != null) {
                query.setParameter("skill", filter.skill().value());
            }
            if (filter.source() != null) {
                query.setParameter("source", filter.source());
            }
        }
        var found = items.setFirstResult((int) request.offset())
                .setMaxResults(request.size())
                .getResultList();
        return new Page<>(found.stream().map(AssessmentEntity::toDomain).toList(), total.getSingleResult());
    }

    @Override
    @Transactional(readOnly = true)
    public List<Assessment> givenBy(PersonId assessor) {
        return assessments
                .findByAssessorIdAndPersonIdNotOrderByAssessedAtDescIdDesc(assessor.value(), assessor.value())
                .stream()
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

    @Override
    @Transactional(readOnly = true)
    public Set<AssessmentKey> stored(Collection<AssessmentKey> keys) {
        if (keys.isEmpty()) {
            return Set.of();
        }
        entityManager.flush();
        var all = List.copyOf(keys);
        var found = new HashSet<AssessmentKey>();
        for (int from = 0; from < all.size(); from += KEYS_PER_QUERY) {
            var chunk = all.subList(from, Math.min(all.size(), from + KEYS_PER_QUERY));
            found.addAll(storedOf(chunk));
        }
        return found;
    }

    private List<AssessmentKey> storedOf(List<AssessmentKey> keys) {
        int size = keys.size();
        var persons = new UUID[size];
        var skills = new UUID[size];
        var sources = new String[size];
        var assessors = new UUID[size];
        var instants = new String[size];
        for (int i = 0; i < size; i++) {
            var key = keys.get(i);
            persons[i] = key.person().value();
            skills[i] = key.skill().value();
            sources[i] = key.source().name();
            assessors[i] = key.assessor().value();
            instants[i] = JdbcValues.stored(key.assessedAt()).toString();
        }
        var found = new ArrayList<AssessmentKey>();
        jdbc.query(
                connection -> {
                    var statement = connection.prepareStatement(STORED);
                    statement.setArray(1, connection.createArrayOf("uuid", persons));
                    statement.setArray(2, connection.createArrayOf("uuid", skills));
                    statement.setArray(3, connection.createArrayOf("varchar", sources));
                    statement.setArray(4, connection.createArrayOf("uuid", assessors));
                    statement.setArray(5, connection.createArrayOf("timestamptz", instants));
                    return statement;
                },
                rs -> {
                    found.add(keys.get(rs.getInt(1) - 1));
                });
        return found;
    }
}
