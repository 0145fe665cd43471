package org.skillsmatrix.persistence.retention;

import static org.skillsmatrix.persistence.base.JdbcValues.instant;
import static org.skillsmatrix.persistence.base.JdbcValues.timestamp;
import static org.skillsmatrix.persistence.base.JdbcValues.uuid;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.skillsmatrix.domain.base.PersonId;
import org.skillsmatrix.domain.retention.Leaver;
import org.skillsmatrix.domain.retention.Leavers;
import org.skillsmatrix.domain.retention.Pseudonym;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/**
 * The {@link Leavers} port in SQL. The person's row is locked while their data is replaced, so that two runs, or HR
 * reactivating them meanwhile, cannot interleave with it. Their assessments, certificates' dates, development goals
 * and team memberships are not touched, and nor is {@code active}: the read model's triggers do not fire, and every
 * figure of the organisation, past and present, stays as it was.
 */
@Repository
@Transactional
class SqlLeavers implements Leavers {

    private final JdbcTemplate jdbc;

    SqlLeavers(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    @Transactional(readOnly = true)
    public List<Leaver> notAnonymised() {
        return jdbc.query(
                "select id, deactivated_at from person where not active and anonymised_at is null"
                        + " order by deactivated_at, id",
                (rs, row) -> new Leaver(
                        new PersonId(uuid(rs, "id")), Objects.requireNonNull(instant(rs, "deactivated_at"))));
    }

    @Override
    public boolean anonymise(PersonId person, Pseudonym pseudonym, Instant at) {
        var found = jdbc.query(
                "select name, email, subject from person where id = ? and not active and anonymised_at is null"
                        + " for update",
                (rs, row) -> new Stored(rs.getString("name"), rs.getString("email"), rs.getString("subject")),
                person.value());
        if (found.isEmpty()) {
            return false;
        }
        var stored = found.getFirst();
        var id = person.value();
        jdbc.update(
                "update person set name = ?, email = ?, subject = null, role_profile_id = null, anonymised_at = ?,"
                        + " version = version + 1 where id = ?",
                pseudonym.name(),
                pseudonym.email(),
                timestamp(at),
                id);
        jdbc.update("update assessment set evidence = null where person_id = ? and evidence is not null", id);
        jdbc.update("update certificate set evidence = null where person_id = ? and evidence is not null", id);
        jdbc.update("delete from notification where recipient_id = ?", id);
        jdbc.update("delete from notification_setting where person_id = ?", id);
        for (var replacement : stored.replacements(pseudonym)) {
            replaceInOthersTexts(replacement.pattern(), replacement.by());
        }
        return true;
    }

    /** Where the audit trail and others' notifications repeat the name, the e-mail or the account, the pseudonym. */
    private void replaceInOthersTexts(String pattern, String by) {
        jdbc.update(
                "update audit_entry set detail = regexp_replace(detail, ?, ?, 'g') where detail ~ ?",
                pattern,
                by,
                pattern);
        jdbc.update("""
                update notification set items = array(
                    select regexp_replace(item, ?, ?, 'g') from unnest(items) with ordinality as i(item, n) order by n)
                where exists (select 1 from unnest(items) as item where item ~ ?)""", pattern, by, pattern);
    }

    private record Stored(
            String name, String email, @Nullable String subject) {

        List<Replacement> replacements(Pseudonym pseudonym) {
            var replacements = new ArrayList<Replacement>();
            replacements.add(new Replacement(word(email), pseudonym.email()));
            replacements.add(new Replacement(word(name), pseudonym.name()));
            if (subject != null) {
                replacements.add(new Replacement(word(subject), "(an account no longer linked)"));
            }
            return replacements;
        }
    }

    private record Replacement(String pattern, String by) {}

    /**
     * A PostgreSQL regular expression matching the text as a whole word: "Ann Lee" in "mentor Ann Lee," but not in
     * "Ann Leeds". Every character but a letter, a digit or a space is escaped, which makes it literal.
     */
    static String word(String text) {
        var escaped = new StringBuilder();
        text.codePoints().forEach(c -> {
            if (!Character.isLetterOrDigit(c) && c != ' ') {
                escaped.append('\\');
            }
            escaped.appendCodePoint(c);
        });
        return "(?<![[:alnum:]_])" + escaped + "(?![[:alnum:]_])";
    }
}
