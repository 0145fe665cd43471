package org.skillsmatrix.persistence.readmodel;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.skillsmatrix.domain.readmodel.ReadModel;
import org.skillsmatrix.domain.readmodel.ReadModelCheck;
import org.skillsmatrix.domain.readmodel.ReadModelCheck.Part;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/**
 * The {@link ReadModel} port over the tables and functions of the read model's changelog: each table is compared
 * with what its {@code read_model_*} function derives from the history (rows with a zero count are as good as
 * none), and {@code read_model_rebuild()} fills them again. Both read the whole history: an operator's tool, not a
 * view's.
 */
@Repository
class SqlReadModel implements ReadModel {

    /** Each part: its table, and the query that derives it. */
    private static final List<List<String>> PARTS = List.of(
            List.of("current_rating", "select * from current_rating", "select * from read_model_fold(null, null)"),
            List.of(
                    "skill_level_count",
                    "select * from skill_level_count where people <> 0",
                    "select * from read_model_expected_skill_level_count()"),
            List.of(
                    "team_level_count",
                    "select * from team_level_count where people <> 0",
                    "select * from read_model_expected_team_level_count()"),
            List.of(
                    "skill_level_change",
                    "select * from skill_level_change where change <> 0",
                    "select * from read_model_expected_skill_level_change()"));

    private static final String COMPARE = """
            with kept as (%s), derived as (%s)
            select (select count(*) from kept) as rows,
                   (select count(*) from (select * from kept except all select * from derived) extra)
                   + (select count(*) from (select * from derived except all select * from kept) missing) as differing""";

    private final JdbcTemplate jdbc;

    SqlReadModel(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    @Transactional(readOnly = true)
    public ReadModelCheck verify() {
        var parts = new ArrayList<Part>();
        for (var part : PARTS) {
            var compared = jdbc.queryForObject(
                    COMPARE.formatted(part.get(1), part.get(2)),
                    (rs, row) -> new Part(part.getFirst(), rs.getLong("rows"), rs.getLong("differing")));
            parts.add(Objects.requireNonNull(compared));
        }
        return new ReadModelCheck(parts);
    }

    @Override
    @Transactional
    public void rebuild() {
        jdbc.queryForObject("select read_model_rebuild()", Object.class);
    }

    /**
     * Switches the assessments' trigger off for the bulk appends and on again before the rebuild, in one
     * transaction: if the appends fail, the transaction rolls back, and the trigger's switching off with it. Into an
     * empty history (the first start's), the assessments' secondary indexes and foreign keys are dropped for the
     * appends too and made again afterwards from their own definitions: one index build over all rows and one check
     * of each key over the whole table cost a fraction of keeping them up to date row by row. A row the keys refuse
     * fails the transaction when its key is made again, so nothing is stored.
     */
    @Override
    @Transactional
    public void rebuiltAfter(Runnable bulkAppends) {
        var dropped =
                Boolean.TRUE.equals(jdbc.queryForObject("select not exists (select 1 from assessment)", Boolean.class))
                        ? dropSecondaryKeys()
                        : List.<String>of();
        jdbc.execute("alter table assessment disable trigger assessment_read_model");
        bulkAppends.run();
        jdbc.execute("alter table assessment enable trigger assessment_read_model");
        jdbc.execute("set local maintenance_work_mem = '256MB'");
        dropped.forEach(jdbc::execute);
        rebuild();
    }

    /** Drops the assessments' foreign keys and indexes other than the primary key; returns what makes them again. */
    private List<String> dropSecondaryKeys() {
        var foreignKeys = jdbc.queryForList("""
                select conname from pg_constraint
                where conrelid = 'assessment'::regclass and contype = 'f' order by conname""", String.class);
        var remake = new ArrayList<String>();
        for (var key : foreignKeys) {
            remake.add(jdbc.queryForObject(
                    "select format('alter table assessment add constraint %I %s', conname, pg_get_constraintdef(oid))"
                            + " from pg_constraint where conrelid = 'assessment'::regclass and conname = ?",
                    String.class, key));
            jdbc.execute("alter table assessment drop constraint " + quoted(key));
        }
        var indexes = jdbc.queryForList("""
                select i.indexrelid::regclass::text from pg_index i
                where i.indrelid = 'assessment'::regclass
                  and not exists (select 1 from pg_constraint c where c.conindid = i.indexrelid)
                order by 1""", String.class);
        for (var index : indexes) {
            remake.add(jdbc.queryForObject("select pg_get_indexdef(?::regclass)", String.class, index));
            jdbc.execute("drop index " + index);
        }
        return remake;
    }

    private String quoted(String name) {
        return Objects.requireNonNull(jdbc.queryForObject("select quote_ident(?)", String.class, name));
    }
}
