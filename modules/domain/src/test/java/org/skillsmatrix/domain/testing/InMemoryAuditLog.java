package org.skillsmatrix.domain.testing;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.skillsmatrix.domain.audit.AuditEntry;
import org.skillsmatrix.domain.audit.AuditFilter;
import org.skillsmatrix.domain.audit.AuditLog;
import org.skillsmatrix.domain.audit.AuditOrder;
import org.skillsmatrix.domain.base.Page;
import org.skillsmatrix.domain.base.PageRequest;

/** {@link AuditLog} in memory; {@link #entries()} gives everything in the order it was recorded. */
public class InMemoryAuditLog implements AuditLog {

    private final List<AuditEntry> entries = new ArrayList<>();

    @Override
    public synchronized void record(AuditEntry entry) {
        entries.add(entry);
    }

    /** Newest first; of entries made at the same instant, the later recorded comes first. */
    @Override
    public synchronized List<AuditEntry> newest(int limit) {
        return entries.reversed().stream()
                .sorted(Comparator.comparing(AuditEntry::at).reversed())
                .limit(limit)
                .toList();
    }

    @Override
    public synchronized Page<AuditEntry> page(AuditFilter filter, PageRequest<AuditOrder> request) {
        var oldestFirst = entries.stream()
                .filter(filter::test)
                .sorted(Comparator.comparing(AuditEntry::at))
                .toList();
        return Page.of(request.descending() ? oldestFirst.reversed() : oldestFirst, request);
    }

    @Override
    public synchronized Stream<AuditEntry> newestFirst(AuditFilter filter) {
        return page(filter, new PageRequest<>(0, Math.max(1, entries.size()), AuditOrder.AT, true)).items().stream();
    }

    @Override
    public synchronized Optional<AuditEntry> latestAbout(String subject) {
        return newest(entries.size()).stream()
                .filter(entry -> entry.subject().equals(subject))
                .findFirst();
    }

    /** Every entry, oldest first. */
    public synchronized List<AuditEntry> entries() {
        return List.copyOf(entries);
    }
}
