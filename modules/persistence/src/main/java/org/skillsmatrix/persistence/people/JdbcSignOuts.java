package org.skillsmatrix.persistence.people;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import org.skillsmatrix.domain.people.SignOut;
import org.skillsmatrix.domain.people.SignOuts;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/** The {@link SignOuts} in the table {@code provider_sign_out}. */
@Repository
@Transactional
class JdbcSignOuts implements SignOuts {

    private final JdbcTemplate jdbc;

    JdbcSignOuts(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public void record(SignOut signOut) {
        jdbc.update(
                "insert into provider_sign_out (session_id, subject, signed_out_at) values (?, ?, ?)",
                signOut.session(),
                signOut.subject(),
                Timestamp.from(signOut.at()));
    }

    @Override
    @Transactional(readOnly = true)
    public List<SignOut> since(Instant from) {
        return jdbc.query(
                "select session_id, subject, signed_out_at from provider_sign_out where signed_out_at >= ?"
                        + " order by signed_out_at, id",
                (row, number) -> new SignOut(
                        row.getString("session_id"),
                        row.getString("subject"),
                        row.getTimestamp("signed_out_at").toInstant()),
                Timestamp.from(from));
    }

    @Override
    public void forgetBefore(Instant before) {
        jdbc.update("delete from provider_sign_out where signed_out_at < ?", Timestamp.from(before));
    }
}
