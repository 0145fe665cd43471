package org.skillsmatrix.domain.report;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;
import org.skillsmatrix.domain.assessment.CurrentRating;
import org.skillsmatrix.domain.base.TeamId;
import org.skillsmatrix.domain.people.Person;
import org.skillsmatrix.domain.scale.Level;

/**
 * The skills matrix of one or more teams: a row per active member of each team, a column per active skill in
 * catalog order (so grouped by category). The rows are not held here: {@link #forEachRow} streams them from
 * the read model, team by team, so a whole organisation never sits in memory at once.
 *
 * @param certificateLines reads the certificates of the teams' active members, each person once, by name: only when a
 *     report lists them ({@link #certificates}), as a CSV does not and reading them looks up every member
 */
public record MatrixReport(
        ReportHeader header,
        List<SkillLabel> skills,
        List<TeamLabel> teams,
        Rows rows,
        Instant staleBefore,
        Supplier<List<CertificateLine>> certificateLines)
        implements Report {

    public MatrixReport {
        Objects.requireNonNull(header, "header");
        Objects.requireNonNull(rows, "rows");
        Objects.requireNonNull(staleBefore, "staleBefore");
        Objects.requireNonNull(certificateLines, "certificateLines");
        skills = List.copyOf(skills);
        teams = List.copyOf(teams);
    }

    /** A report that marks no rating stale and lists no certificates. */
    public MatrixReport(ReportHeader header, List<SkillLabel> skills, List<TeamLabel> teams, Rows rows) {
        this(header, skills, teams, rows, Instant.MIN, List::of);
    }

    /** The certificates of the teams' active members, each person once, by name; read anew at each call. */
    public List<CertificateLine> certificates() {
        return List.copyOf(certificateLines.get());
    }

    /** Whether the level that counts in the cell was last stated before {@link #staleBefore}. */
    public boolean stale(@Nullable CurrentRating cell) {
        return cell != null
                && cell.confirmedAt().map(at -> at.isBefore(staleBefore)).orElse(false);
    }

    /** Streams the rows, team by team in {@link #teams} order, members by name within a team. */
    public void forEachRow(Consumer<Row> row) {
        rows.forEach(row);
    }

    /** The source of the rows; each call streams them all once more. */
    @FunctionalInterface
    public interface Rows {
        void forEach(Consumer<Row> row);
    }

    public record TeamLabel(TeamId team, String name) {

        public TeamLabel {
            Objects.requireNonNull(team, "team");
            Objects.requireNonNull(name, "name");
        }
    }

    /**
     * One member of one team, with a cell per skill column: the member's current rating, or null where they
     * have not been rated in that skill.
     */
    public record Row(TeamLabel team, Person person, List<@Nullable CurrentRating> cells) {

        public Row {
            Objects.requireNonNull(team, "team");
            Objects.requireNonNull(person, "person");
            cells = java.util.Collections.unmodifiableList(new ArrayList<>(cells));
        }

        /** The level that counts in the column's skill, if the member has been rated in it. */
        public Optional<Level> level(int column) {
            var cell = cells.get(column);
            return cell == null ? Optional.empty() : cell.level();
        }
    }
}
