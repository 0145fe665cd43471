package org.skillsmatrix.domain.testing;

import org.skillsmatrix.domain.audit.AuditLog;

class InMemoryAuditLogTest extends AuditLogContract {

    private final InMemoryAuditLog log = new InMemoryAuditLog();

    @Override
    protected AuditLog log() {
        return log;
    }
}
