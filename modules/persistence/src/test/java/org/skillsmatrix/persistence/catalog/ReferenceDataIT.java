package org.skillsmatrix.persistence.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.persistence.EntityManager;
import java.sql.SQLException;
import javax.sql.DataSource;
import org.hibernate.FlushMode;
import org.hibernate.Session;
import org.junit.jupiter.api.Test;
import org.skillsmatrix.domain.catalog.Catalog;
import org.skillsmatrix.domain.catalog.Skill;
import org.skillsmatrix.domain.scale.Scale;
import org.skillsmatrix.persistence.PersistenceIT;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The catalog and the scale are read once per node and shared while nothing changes them, and read anew once
 * something has: a change by another node (plain SQL on a connection of its own here, behind the adapter's back), and
 * never what a write read before it was rolled back. Read-only transactions flush nothing.
 */
class ReferenceDataIT extends PersistenceIT {

    @Autowired
    Catalog catalog;

    @Autowired
    Scale scale;

    @Autowired
    DataSource dataSource;

    @Autowired
    PlatformTransactionManager transactions;

    @Autowired
    EntityManager entityManager;

    @Test
    void every_session_shares_the_catalog_and_the_scale_read_once() {
        assertThat(catalog.skills()).isSameAs(catalog.skills());
        assertThat(catalog.categories()).isSameAs(catalog.categories());
        assertThat(scale.levels()).isSameAs(scale.levels());
    }

    @Test
    void a_change_by_another_node_is_seen_at_the_next_read() throws SQLException {
        var skill = catalog.skills().getFirst();
        var level = scale.levels().getFirst();
        try {
            asAnotherNode("update skill set name = name || ' (renamed)' where id = '"
                    + skill.id().value() + "'");
            asAnotherNode("update scale_level set name = name || ' (renamed)' where level = "
                    + level.level().value());

            assertThat(nameOf(skill)).isEqualTo(skill.name() + " (renamed)");
            assertThat(scale.levels().getFirst().name()).isEqualTo(level.name() + " (renamed)");
        } finally {
            asAnotherNode("update skill set name = '" + skill.name().replace("'", "''") + "' where id = '"
                    + skill.id().value() + "'");
            asAnotherNode("update scale_level set name = '" + level.name().replace("'", "''") + "' where level = "
                    + level.level().value());
        }
        assertThat(nameOf(skill)).isEqualTo(skill.name());
    }

    @Test
    void what_a_write_read_before_it_was_rolled_back_is_never_given() {
        var skill = catalog.skills().getFirst();
        new TransactionTemplate(transactions).executeWithoutResult(status -> {
            jdbc.update(
                    "update skill set name = name || ' (rolled back)' where id = ?",
                    skill.id().value());
            assertThat(nameOf(skill)).isEqualTo(skill.name() + " (rolled back)");
            status.setRollbackOnly();
        });

        assertThat(nameOf(skill)).isEqualTo(skill.name());
    }

    @Test
    void a_read_only_transaction_flushes_and_dirty_checks_nothing() {
        var readOnly = new TransactionTemplate(transactions);
        readOnly.setReadOnly(true);
        readOnly.executeWithoutResult(status -> {
            var session = entityManager.unwrap(Session.class);
            assertThat(session.getHibernateFlushMode()).isEqualTo(FlushMode.MANUAL);
            assertThat(session.isDefaultReadOnly()).isTrue();
        });
    }

    private String nameOf(Skill skill) {
        return catalog.skills().stream()
                .filter(each -> each.id().equals(skill.id()))
                .findFirst()
                .orElseThrow()
                .name();
    }

    private void asAnotherNode(String sql) throws SQLException {
        try (var connection = dataSource.getConnection();
                var statement = connection.createStatement()) {
            connection.setAutoCommit(true);
            statement.executeUpdate(sql);
        }
    }
}
