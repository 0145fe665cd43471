package org.skillsmatrix.domain.audittrail;

import jakarta.transaction.Transactional;
import java.io.IOException;
import java.io.OutputStream;
import java.time.Clock;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import org.skillsmatrix.domain.access.AccessPolicy;
import org.skillsmatrix.domain.access.Action;
import org.skillsmatrix.domain.access.Actor;
import org.skillsmatrix.domain.audit.AuditEntry;
import org.skillsmatrix.domain.audit.AuditFilter;
import org.skillsmatrix.domain.audit.AuditLine;
import org.skillsmatrix.domain.audit.AuditLog;
import org.skillsmatrix.domain.audit.AuditOrder;
import org.skillsmatrix.domain.audit.AuditTrailCsv;
import org.skillsmatrix.domain.base.Page;
import org.skillsmatrix.domain.base.PageRequest;
import org.skillsmatrix.domain.base.PersonId;
import org.skillsmatrix.domain.base.ReadOnly;
import org.skillsmatrix.domain.people.People;

/**
 * Use case: who changed what, and when. HR and admins read the whole trail, filtered, a page at a time or as CSV;
 * each person reads what was recorded about them, and by whom.
 */
@Transactional
@ReadOnly
public class ReadAuditTrail {

    /** How many entries the CSV export reads from the store at a time. */
    static final int EXPORT_PAGE = 500;

    private final AuditLog log;
    private final People people;
    private final AccessPolicy policy;
    private final AuditTrailCsv csv;
    private final Clock clock;

    public ReadAuditTrail(AuditLog log, People people, AccessPolicy policy, AuditTrailCsv csv, Clock clock) {
        this.log = log;
        this.people = people;
        this.policy = policy;
        this.csv = csv;
        this.clock = clock;
    }

    /** One page of the trail, for HR and admins. */
    public Page<AuditLine> page(Actor actor, AuditFilter filter, PageRequest<AuditOrder> request) {
        policy.check(actor, new Action.ReadAuditTrail());
        return named(log.page(filter, request));
    }

    /** One page of what was recorded about the person, for them, HR and admins. */
    public Page<AuditLine> about(Actor actor, PersonId person, AuditFilter filter, PageRequest<AuditOrder> request) {
        policy.check(actor, new Action.ReadAuditAbout(person));
        return named(log.page(filter.onlyAbout(person), request));
    }

    /**
     * The whole filtered trail as CSV, newest first, read from the store a page at a time. It ends where the export
     * began, so that entries recorded meanwhile do not move the later pages.
     */
    public void export(Actor actor, AuditFilter filter, OutputStream out) throws IOException {
        policy.check(actor, new Action.ReadAuditTrail());
        var now = clock.instant();
        var until = filter.until() == null || filter.until().isAfter(now) ? now : filter.until();
        var upToNow = new AuditFilter(
                filter.person(), filter.onlyAbout(), filter.team(), filter.kind(), filter.from(), until);
        csv.write(new Pages(upToNow), out);
    }

    private Page<AuditLine> named(Page<AuditEntry> entries) {
        var names = people.byIds(entries.items().stream().map(AuditEntry::actor).toList());
        return entries.map(entry -> new AuditLine(
                entry,
                names.containsKey(entry.actor()) ? names.get(entry.actor()).name() : null));
    }

    /** The lines of the filtered trail, newest first, a page read whenever the one before is written. */
    private final class Pages implements Iterator<AuditLine> {

        private final AuditFilter filter;
        private int page;
        private List<AuditLine> lines = List.of();
        private int next;
        private boolean last;

        Pages(AuditFilter filter) {
            this.filter = filter;
        }

        @Override
        public boolean hasNext() {
            if (next == lines.size() && !last) {
                var read = named(log.page(filter, new PageRequest<>(page++, EXPORT_PAGE, AuditOrder.AT, true)));
                lines = read.items();
                next = 0;
                last = lines.size() < EXPORT_PAGE;
            }
            return next < lines.size();
        }

        @Override
        public AuditLine next() {
            if (!hasNext()) {
                throw new NoSuchElementException();
            }
            return lines.get(next++);
        }
    }
}
