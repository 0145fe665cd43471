package org.skillsmatrix.persistence;

import java.sql.Connection;
import java.sql.SQLException;
import javax.sql.DataSource;
import liquibase.integration.spring.SpringLiquibase;
import org.jspecify.annotations.Nullable;
import org.skillsmatrix.persistence.base.AdvisoryLock;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.config.BeanPostProcessor;

/**
 * Liquibase migrates the schema on one node at a time: a PostgreSQL advisory lock of its own session is held around
 * the whole run, so nodes starting at once on an empty database do not both create Liquibase's own tables, which
 * happens before Liquibase takes its lock. The others wait, then find the schema migrated.
 */
class MigrationLock implements BeanPostProcessor, DisposableBean {

    private @Nullable Connection holder;

    @Override
    public Object postProcessBeforeInitialization(Object bean, String name) {
        if (bean instanceof SpringLiquibase liquibase) {
            acquire(liquibase.getDataSource());
        }
        return bean;
    }

    @Override
    public Object postProcessAfterInitialization(Object bean, String name) {
        if (bean instanceof SpringLiquibase) {
            release();
        }
        return bean;
    }

    /** Releases the lock if the migration failed, so that another node may try. */
    @Override
    public void destroy() {
        release();
    }

    private void acquire(DataSource dataSource) {
        try {
            var connection = dataSource.getConnection();
            try (var statement = connection.prepareStatement("select pg_advisory_lock(?)")) {
                statement.setLong(1, AdvisoryLock.MIGRATION.key());
                statement.execute();
            }
            holder = connection;
        } catch (SQLException e) {
            throw new IllegalStateException("Could not take the lock for migrating the database", e);
        }
    }

    private void release() {
        var connection = holder;
        holder = null;
        if (connection == null) {
            return;
        }
        // a pooled connection outlives close(): unlock first, or the lock would stay with it
        try (connection;
                var statement = connection.prepareStatement("select pg_advisory_unlock(?)")) {
            statement.setLong(1, AdvisoryLock.MIGRATION.key());
            statement.execute();
        } catch (SQLException e) {
            throw new IllegalStateException("Could not release the lock for migrating the database", e);
        }
    }
}
