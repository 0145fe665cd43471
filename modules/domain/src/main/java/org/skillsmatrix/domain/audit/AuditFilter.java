package org.skillsmatrix.domain.audit;

import java.time.Instant;
import org.jspecify.annotations.Nullable;
import org.skillsmatrix.domain.base.InvalidInput;
import org.skillsmatrix.domain.base.PersonId;
import org.skillsmatrix.domain.base.TeamId;

/**
 * Which audit entries to read: about or by a person ({@code about} only about them), about a team (the team and
 * its targets), of a kind, recorded from {@code from} (inclusive) until {@code until} (exclusive). Each part left
 * out lets every entry through.
 */
public record AuditFilter(
        @Nullable PersonId person,
        boolean onlyAbout,
        @Nullable TeamId team,
        @Nullable AuditKind kind,
        @Nullable Instant from,
        @Nullable Instant until) {

    public static final AuditFilter EVERYTHING = new AuditFilter(null, false, null, null, null, null);

    public AuditFilter {
        if (from != null && until != null && !from.isBefore(until)) {
            throw new InvalidInput("until", "audit.until-before-from");
        }
    }

    /** What was recorded about the person, by whomever. */
    public static AuditFilter about(PersonId person) {
        return new AuditFilter(person, true, null, null, null, null);
    }

    /** The same filter, about the person only. */
    public AuditFilter onlyAbout(PersonId about) {
        return new AuditFilter(about, true, team, kind, from, until);
    }

    public boolean test(AuditEntry entry) {
        return (person == null
                        || entry.subject().equals(person.toString())
                        || (!onlyAbout && entry.actor().equals(person)))
                && (team == null || entry.subject().equals(team.toString()))
                && (kind == null || kind.actions().contains(entry.action()))
                && (from == null || !entry.at().isBefore(from))
                && (until == null || entry.at().isBefore(until));
    }
}
