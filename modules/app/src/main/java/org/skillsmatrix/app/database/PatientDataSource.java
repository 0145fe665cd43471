package org.skillsmatrix.app.database;

import java.io.Closeable;
import java.io.IOException;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;
import javax.sql.DataSource;
import org.springframework.jdbc.datasource.DelegatingDataSource;

/**
 * The pool's connections, waited for as long as the pool keeps handing them out. The pool gives up on a request that
 * waited its connection timeout ({@code spring.datasource.hikari.connection-timeout}), which is then answered as the
 * database being unavailable. Under many requests at once that wait can pass while the database answers every one in
 * turn: a request whose wait ran out while the pool handed connections to others waits again, for at most
 * {@code patience} in all. If the pool handed none out while it waited, the database is out of reach and the
 * timeout stands.
 */
final class PatientDataSource extends DelegatingDataSource implements Closeable {

    private final Duration patience;
    private final AtomicLong handedOut = new AtomicLong();

    PatientDataSource(DataSource pool, Duration patience) {
        super(pool);
        this.patience = patience;
    }

    @Override
    public Connection getConnection() throws SQLException {
        long deadline = System.nanoTime() + patience.toNanos();
        while (true) {
            long handedOutBefore = handedOut.get();
            try {
                var connection = super.getConnection();
                handedOut.incrementAndGet();
                return connection;
            } catch (SQLTransientConnectionException timedOut) {
                if (handedOut.get() == handedOutBefore || System.nanoTime() - deadline >= 0) {
                    throw timedOut;
                }
            }
        }
    }

    /** Closes the pool, as its bean's destroy method closed it before it was wrapped. */
    @Override
    public void close() throws IOException {
        if (obtainTargetDataSource() instanceof Closeable pool) {
            pool.close();
        }
    }
}
