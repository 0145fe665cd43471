package org.skillsmatrix.persistence.imports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.skillsmatrix.domain.imports.ImportLock;
import org.skillsmatrix.persistence.PersistenceIT;
import org.skillsmatrix.persistence.fixture.Waits;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.IllegalTransactionStateException;
import org.springframework.transaction.support.TransactionTemplate;

class ImportLockIT extends PersistenceIT {

    @Autowired
    ImportLock lock;

    @Autowired
    TransactionTemplate transactions;

    /** Two threads of its own: the common pool may have just one on a small machine. */
    final ExecutorService importers = Executors.newFixedThreadPool(2);

    @AfterEach
    void stopImporters() {
        importers.shutdownNow();
    }

    @Test
    void aSecondImportWaitsUntilTheFirstOneCommits() throws Exception {
        var firstHolds = new CountDownLatch(1);
        var firstMayCommit = new CountDownLatch(1);
        var first = CompletableFuture.runAsync(
                () -> transactions.executeWithoutResult(status -> {
                    lock.acquire();
                    firstHolds.countDown();
                    Waits.forLatch(firstMayCommit);
                }),
                importers);
        Waits.forLatch(firstHolds);
        var second = CompletableFuture.runAsync(
                () -> transactions.executeWithoutResult(status -> lock.acquire()), importers);

        Waits.untilAWriterWaitsForALock(jdbc);
        assertThat(second).isNotDone();
        firstMayCommit.countDown();

        first.get(30, TimeUnit.SECONDS);
        second.get(30, TimeUnit.SECONDS);
        assertThat(jdbc.queryForObject("select count(*) from pg_locks where locktype = 'advisory'", Integer.class))
                .isZero();
    }

    @Test
    void itIsTakenInATransactionOnly() {
        assertThatThrownBy(lock::acquire).isInstanceOf(IllegalTransactionStateException.class);
    }
}
