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
     * transaction: if the appends fail, the transaction rolls back, and the trigger's switching off with it.
     */
    @Override
    @Transactional
    public void rebuiltAfter(Runnable bulkAppends) {
        jdbc.execute("alter table assessment disable trigger assessment_read_model");
        bulkAppends.run();
        jdbc.execute("alter table assessment enable trigger assessment_read_model");
        rebuild();
    }
}
