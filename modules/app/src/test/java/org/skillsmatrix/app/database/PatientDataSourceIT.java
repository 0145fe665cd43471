package org.skillsmatrix.app.database;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.zaxxer.hikari.HikariDataSource;
import java.sql.SQLTransientConnectionException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.skillsmatrix.persistence.embedded.EmbeddedDatabase;
import org.springframework.context.annotation.AnnotationConfigApplicationContext;

/**
 * A pool of one connection on a real PostgreSQL that gives up after 1.5 s: one caller holds the connection for half
 * a second while two others wait, and each of them holds it for 2 s once it has it, so the second of them waits
 * longer than the pool's timeout while the pool serves the first.
 */
class PatientDataSourceIT {

    private static final Duration TIMEOUT = Duration.ofMillis(1500);
    private static final Duration FIRST_HOLDS = Duration.ofMillis(500);
    private static final Duration WAITERS_HOLD = Duration.ofSeconds(2);

    private static EmbeddedDatabase database;

    @BeforeAll
    static void start() {
        database = EmbeddedDatabase.startTemporary();
    }

    @AfterAll
    static void stop() {
        database.close();
    }

    @Test
    void thePoolAloneGivesUpOnACallerWhileItServesAnother() throws Exception {
        try (var pool = poolOfOne()) {
            var outcomes = twoWaitersBehindAHolder(pool);

            assertThat(outcomes)
                    .filteredOn(outcome -> outcome instanceof SQLTransientConnectionException)
                    .hasSize(1);
        }
    }

    @Test
    void aCallerWaitsAgainWhileThePoolServesAnother() throws Exception {
        try (var pool = poolOfOne();
                var patient = new PatientDataSource(pool, Duration.ofSeconds(30))) {
            var outcomes = twoWaitersBehindAHolder(patient);

            assertThat(outcomes).containsExactly("served", "served");
        }
    }

    @Test
    void aCallerGivesUpAtThePoolsTimeoutWhenThePoolServesNobody() throws Exception {
        try (var pool = poolOfOne();
                var patient = new PatientDataSource(pool, Duration.ofSeconds(30));
                var executor = Executors.newVirtualThreadPerTaskExecutor()) {
            var held = new CountDownLatch(1);
            executor.submit(() -> hold(patient, Duration.ofSeconds(6), held));
            held.await();

            long started = System.nanoTime();
            assertThatThrownBy(patient::getConnection).isInstanceOf(SQLTransientConnectionException.class);

            assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(TIMEOUT.multipliedBy(2));
        }
    }

    @Test
    void aPoolBeanIsWrappedAndClosedWithItsContext() throws Exception {
        DataSource dataSource;
        try (var context = new AnnotationConfigApplicationContext()) {
            context.register(PatientConnectionsConfiguration.class);
            context.registerBean(
                    "dataSource",
                    HikariDataSource.class,
                    PatientDataSourceIT::poolOfOne,
                    definition -> definition.setDestroyMethodName("close"));
            context.refresh();
            dataSource = context.getBean(DataSource.class);

            assertThat(dataSource).isInstanceOf(PatientDataSource.class);
        }
        assertThat(dataSource.unwrap(HikariDataSource.class).isClosed()).isTrue();
    }

    /** "served", or the failure, of each of two callers who wait while a third holds the connection. */
    private static List<Object> twoWaitersBehindAHolder(DataSource dataSource) throws Exception {
        try (var executor = Executors.newVirtualThreadPerTaskExecutor()) {
            var held = new CountDownLatch(1);
            executor.submit(() -> hold(dataSource, FIRST_HOLDS, held));
            held.await();
            var waiters = new ArrayList<Future<Object>>();
            for (int i = 0; i < 2; i++) {
                waiters.add(executor.submit(() -> {
                    try {
                        hold(dataSource, WAITERS_HOLD, new CountDownLatch(1));
                        return "served";
                    } catch (SQLTransientConnectionException timedOut) {
                        return timedOut;
                    }
                }));
            }
            var outcomes = new ArrayList<>();
            for (var waiter : waiters) {
                outcomes.add(waiter.get());
            }
            return outcomes;
        }
    }

    /** Takes a connection, uses it, counts {@code held} down and keeps it this long. */
    private static Void hold(DataSource dataSource, Duration howLong, CountDownLatch held) throws Exception {
        try (var connection = dataSource.getConnection();
                var statement = connection.createStatement()) {
            statement.execute("select 1");
            held.countDown();
            Thread.sleep(howLong);
        }
        return null;
    }

    private static HikariDataSource poolOfOne() {
        var pool = new HikariDataSource();
        pool.setJdbcUrl(database.jdbcUrl());
        pool.setUsername(database.username());
        pool.setPassword(database.password());
        pool.setMaximumPoolSize(1);
        pool.setConnectionTimeout(TIMEOUT.toMillis());
        return pool;
    }
}
