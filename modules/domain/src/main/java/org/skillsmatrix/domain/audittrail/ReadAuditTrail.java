package org.skillsmatrix.domain.audittrail;

import jakarta.transaction.Transactional;
import java.io.IOException;
import java.io.OutputStream;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
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
import org.skillsmatrix.domain.people.Person;

/**
 * Use case: who changed what, and when. HR and admins read the whole trail, filtered, a page at a time or as CSV;
 * each person reads what was recorded about them, and by whom, as do their managers, HR and admins.
 */
@Transactional
@ReadOnly
public class ReadAuditTrail {

    /** How many entries of the CSV export are named at a time, with one read of the people they mention. */
    static final int EXPORT_BATCH = 500;

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

    /** Whether the actor may read what was recorded about the person: what a profile shows the section for. */
    public boolean mayReadAbout(Actor actor, PersonId person) {
        return policy.allows(actor, new Action.ReadAuditAbout(person));
    }

    /** The name of the CSV file of an export made now. */
    public String exportFileName() {
        return "skills-matrix_audit-trail_" + LocalDate.now(clock.withZone(ZoneOffset.UTC)) + ".csv";
    }

    /** One page of what was recorded about the person, for them, their managers, HR and admins. */
    public Page<AuditLine> about(Actor actor, PersonId person, AuditFilter filter, PageRequest<AuditOrder> request) {
        policy.check(actor, new Action.ReadAuditAbout(person));
        return named(log.page(filter.onlyAbout(person), request));
    }

    /**
     * The whole filtered trail as CSV, newest first, streamed from the store as it is written. It ends where the
     * export began, so that entries recorded meanwhile are not part of it.
     */
    public void export(Actor actor, AuditFilter filter, OutputStream out) throws IOException {
        policy.check(actor, new Action.ReadAuditTrail());
        var now = clock.instant();
        var until = filter.until() == null || filter.until().isAfter(now) ? now : filter.until();
        var upToNow = new AuditFilter(
                filter.person(), filter.onlyAbout(), filter.team(), filter.kind(), filter.from(), until);
        try (var entries = log.newestFirst(upToNow)) {
            csv.write(new Named(entries.iterator()), out);
        }
    }

    /** The entries with the names of who made them and of the people they are about, read in one go. */
    private Page<AuditLine> named(Page<AuditEntry> entries) {
        return new Page<>(named(entries.items()), entries.total());
    }

    private List<AuditLine> named(List<AuditEntry> entries) {
        var ids = new HashSet<PersonId>();
        for (var entry : entries) {
            ids.add(entry.actor());
            person(entry.subject()).ifPresent(ids::add);
        }
        var names = people.byIds(ids);
        return entries.stream()
                .map(entry -> new AuditLine(
                        entry,
                        nameOf(names, entry.actor()),
                        person(entry.subject()).map(id -> nameOf(names, id)).orElse(null)))
                .toList();
    }

    private static @Nullable String nameOf(Map<PersonId, Person> names, PersonId id) {
        var person = names.get(id);
        return person == null ? null : person.name();
    }

    /** The subject as a person's id, if it is one; other subjects (teams, skills, …) are ids of their own. */
    private static Optional<PersonId> person(String subject) {
        try {
            return Optional.of(new PersonId(UUID.fromString(subject)));
        } catch (IllegalArgumentException notAnId) {
            return Optional.empty();
        }
    }

    /** The lines of the streamed entries, named a batch at a time whenever the batch before is written. */
    private final class Named implements Iterator<AuditLine> {

        private final Iterator<AuditEntry> entries;
        private List<AuditLine> batch = List.of();
        private int next;

        Named(Iterator<AuditEntry> entries) {
            this.entries = entries;
        }

        @Override
        public boolean hasNext() {
            if (next == batch.size() && entries.hasNext()) {
                var read = new ArrayList<AuditEntry>(EXPORT_BATCH);
                while (read.size() < EXPORT_BATCH && entries.hasNext()) {
                    read.add(entries.next());
                }
                batch = named(read);
                next = 0;
            }
            return next < batch.size();
        }

        @Override
        public AuditLine next() {
            if (!hasNext()) {
                throw new NoSuchElementException();
            }
            return batch.get(next++);
        }
    }
}
