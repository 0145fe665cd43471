package org.skillsmatrix.persistence.demo;

import org.skillsmatrix.demo.DemoDataLock;
import org.skillsmatrix.persistence.base.AdvisoryLock;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The {@link DemoDataLock} as a PostgreSQL advisory lock of the transaction, so it holds across every node of the
 * application and is released at commit or rollback. Outside a transaction it would be released at once, hence
 * mandatory.
 */
@Repository
@Transactional(propagation = Propagation.MANDATORY)
class AdvisoryDemoDataLock implements DemoDataLock {

    private final JdbcTemplate jdbc;

    AdvisoryDemoDataLock(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public void acquire() {
        AdvisoryLock.DEMO_DATA.holdUntilTransactionEnds(jdbc);
    }
}
