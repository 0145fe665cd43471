package org.skillsmatrix.persistence.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.function.Supplier;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.skillsmatrix.domain.audit.AuditEntry;
import org.skillsmatrix.domain.audit.AuditLog;
import org.skillsmatrix.domain.base.PersonId;
import org.skillsmatrix.domain.testing.AuditLogContract;
import org.skillsmatrix.persistence.PersistenceIT;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

class AuditLogIT extends PersistenceIT {

    @Autowired
    AuditLog log;

    @Autowired
    PlatformTransactionManager transactions;

    @Nested
    class KeepsTheContract extends AuditLogContract {

        @Override
        protected AuditLog log() {
            return log;
        }

        @Override
        protected <T> T inTransaction(Supplier<T> work) {
            var template = new TransactionTemplate(transactions);
            template.setReadOnly(true);
            return template.execute(status -> work.get());
        }
    }

    @Test
    void keepsEveryEntryAndListsTheNewestFirst() {
        var actor = PersonId.random();
        var noon = Instant.parse("2026-03-01T12:00:00Z");
        var first = new AuditEntry(noon, actor, "team.added", "t1", "Payments");
        var second = new AuditEntry(noon, actor, "team.changed", "t1", "name=Billing");
        var earlier = new AuditEntry(noon.minusSeconds(60), actor, "person.added", "p1", "Ada");

        log.record(first);
        log.record(second);
        log.record(earlier);

        assertThat(log.newest(10)).containsExactly(second, first, earlier);
        assertThat(log.newest(1)).containsExactly(second);
    }

    @Test
    void findsTheLatestEntryAboutASubjectBehindManyNewerOnes() {
        var actor = PersonId.random();
        var noon = Instant.parse("2026-03-02T12:00:00Z");
        var added = new AuditEntry(noon, actor, "team.added", "t2", "Payments");
        var renamed = new AuditEntry(noon, actor, "team.changed", "t2", "name=Billing");
        log.record(added);
        log.record(renamed);
        for (int i = 0; i < 600; i++) {
            log.record(new AuditEntry(noon.plusSeconds(i + 1), actor, "person.changed", "p" + i, "imported"));
        }

        assertThat(log.latestAbout("t2")).contains(renamed);
        assertThat(log.latestAbout("nobody")).isEmpty();
    }
}
