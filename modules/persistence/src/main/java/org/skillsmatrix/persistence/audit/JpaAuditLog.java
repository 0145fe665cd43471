package org.skillsmatrix.persistence.audit;

import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Stream;
import org.hibernate.jpa.HibernateHints;
import org.skillsmatrix.domain.audit.AuditEntry;
import org.skillsmatrix.domain.audit.AuditFilter;
import org.skillsmatrix.domain.audit.AuditLog;
import org.skillsmatrix.domain.audit.AuditOrder;
import org.skillsmatrix.domain.base.Page;
import org.skillsmatrix.domain.base.PageRequest;
import org.skillsmatrix.domain.base.PersonId;
import org.springframework.data.domain.Limit;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The {@link AuditLog} port on {@code audit_entry}. The actor is not a foreign key: the trail must be writable
 * for any actor the application names, and must outlive anything it mentions.
 */
@Repository
@Transactional
class JpaAuditLog implements AuditLog {

    /** Subjects are ids or short names; longer ones are cut rather than refused, so that auditing never fails. */
    private static final int MAX_SUBJECT = 200;

    private static final int MAX_ACTION = 60;

    /** How many rows the export's cursor reads from the database at a time. */
    private static final int STREAM_FETCH_SIZE = 500;

    private final AuditEntryRepository entries;
    private final EntityManager entityManager;

    JpaAuditLog(AuditEntryRepository entries, EntityManager entityManager) {
        this.entries = entries;
        this.entityManager = entityManager;
    }

    @Override
    public void record(AuditEntry entry) {
        entityManager.persist(new AuditEntryEntity(new AuditEntry(
                entry.at(),
                entry.actor(),
                cut(entry.action(), MAX_ACTION),
                cut(entry.subject(), MAX_SUBJECT),
                entry.detail())));
    }

    @Override
    @Transactional(readOnly = true)
    public List<AuditEntry> newest(int limit) {
        return entries.findAllByOrderByAtDescIdDesc(Limit.of(limit)).stream()
                .map(AuditEntryEntity::toDomain)
                .toList();
    }

    /** LIMIT and OFFSET on the filtered entries, by time then by the order they were written, and a count. */
    @Override
    @Transactional(readOnly = true)
    public Page<AuditEntry> page(AuditFilter filter, PageRequest<AuditOrder> request) {
        var where = Where.of(filter);
        var direction = request.descending() ? " desc" : " asc";
        var items = where.bind(entityManager.createQuery(
                "select e from AuditEntryEntity e" + where.clause + " order by e.at" + direction + ", e.id" + direction,
                AuditEntryEntity.class));
        var total = where.bind(
                entityManager.createQuery("select count(e) from AuditEntryEntity e" + where.clause, Long.class));
        var found = items.setFirstResult((int) request.offset())
                .setMaxResults(request.size())
                .getResultList();
        return new Page<>(found.stream().map(AuditEntryEntity::toDomain).toList(), total.getSingleResult());
    }

    /**
     * One index scan, read a few hundred rows at a time through the open transaction's cursor, as values rather than
     * managed entities, so that the persistence context does not grow with the trail.
     */
    @Override
    @Transactional(readOnly = true, propagation = Propagation.MANDATORY)
    public Stream<AuditEntry> newestFirst(AuditFilter filter) {
        var where = Where.of(filter);
        return where.bind(entityManager.createQuery(
                        "select e.at, e.actorId, e.action, e.subject, e.detail from AuditEntryEntity e" + where.clause
                                + " order by e.at desc, e.id desc",
                        Object[].class))
                .setHint(HibernateHints.HINT_FETCH_SIZE, STREAM_FETCH_SIZE)
                .setHint(HibernateHints.HINT_READ_ONLY, true)
                .getResultStream()
                .map(row -> new AuditEntry(
                        (Instant) row[0], new PersonId((UUID) row[1]), (String) row[2], (String) row[3], (String)
                                row[4]));
    }

    /** The conditions of a filter as JPQL, with their parameters. */
    private record Where(String clause, Map<String, Object> parameters) {

        static Where of(AuditFilter filter) {
            var conditions = new ArrayList<String>();
            var parameters = new LinkedHashMap<String, Object>();
            if (filter.person() != null) {
                parameters.put("subjectPerson", filter.person().toString());
                if (filter.onlyAbout()) {
                    conditions.add("e.subject = :subjectPerson");
                } else {
                    conditions.add("(e.subject = :subjectPerson or e.actorId = :actor)");
                    parameters.put("actor", filter.person().value());
                }
            }
            if (filter.team() != null) {
                conditions.add("e.subject = :team");
                parameters.put("team", filter.team().toString());
            }
            if (filter.kind() != null) {
                conditions.add("e.action in :actions");
                parameters.put("actions", filter.kind().actions());
            }
            if (filter.from() != null) {
                conditions.add("e.at >= :from");
                parameters.put("from", filter.from());
            }
            if (filter.until() != null) {
                conditions.add("e.at < :until");
                parameters.put("until", filter.until());
            }
            return new Where(conditions.isEmpty() ? "" : " where " + String.join(" and ", conditions), parameters);
        }

        <T> TypedQuery<T> bind(TypedQuery<T> query) {
            parameters.forEach(query::setParameter);
            return query;
        }
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<AuditEntry> latestAbout(String subject) {
        return entries.findFirstBySubjectOrderByAtDescIdDesc(cut(subject, MAX_SUBJECT))
                .map(AuditEntryEntity::toDomain);
    }

    private static String cut(String text, int max) {
        return text.length() <= max ? text : text.substring(0, max);
    }
}
