package org.skillsmatrix.domain.report;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.skillsmatrix.domain.assessment.Source;
import org.skillsmatrix.domain.mentoring.GoalStatus;
import org.skillsmatrix.domain.people.Person;
import org.skillsmatrix.domain.scale.Interest;
import org.skillsmatrix.domain.scale.Level;

/**
 * A person's profile: current ratings in catalog order, gaps against the role profile (largest first), the
 * whole rating history (newest first), the level per category for a radar, and the development goals (open ones
 * first, the soonest due first), and the certificates (the soonest to expire first).
 *
 * @param roleProfile the name of the role profile the person is measured by, if any
 */
public record ProfileReport(
        ReportHeader header,
        Person person,
        List<String> teams,
        @Nullable String roleProfile,
        List<SkillRating> ratings,
        List<SkillGap> gaps,
        List<HistoryEntry> history,
        List<CategoryLevel> categories,
        List<Goal> goals,
        List<CertificateLine> certificates)
        implements Report {

    public ProfileReport {
        Objects.requireNonNull(header, "header");
        Objects.requireNonNull(person, "person");
        teams = List.copyOf(teams);
        ratings = List.copyOf(ratings);
        gaps = List.copyOf(gaps);
        history = List.copyOf(history);
        categories = List.copyOf(categories);
        goals = List.copyOf(goals);
        certificates = List.copyOf(certificates);
    }

    /**
     * A development goal and the level that counts now.
     *
     * @param mentor the mentor's name, if the goal names one
     */
    public record Goal(
            SkillLabel skill,
            Level target,
            @Nullable Level startLevel,
            Level current,
            @Nullable String mentor,
            LocalDate due,
            GoalStatus status) {}

    /**
     * The current rating in one active skill.
     *
     * @param level the level that counts: the manager's where there is one, else the person's own
     * @param ratedAt when the newer of the two ratings was made
     * @param stale whether the level that counts was last stated longer ago than ratings stay fresh
     */
    public record SkillRating(
            SkillLabel skill,
            @Nullable Level self,
            @Nullable Level manager,
            Level level,
            @Nullable Interest interest,
            Instant ratedAt,
            boolean stale) {}

    /** What the role profile expects in a skill against the current level (absent: not rated). */
    public record SkillGap(
            SkillLabel skill, Level expected, @Nullable Level current, int gap) {}

    /**
     * One rating ever made.
     *
     * @param assessor the name of who rated: the person themselves or a manager
     */
    public record HistoryEntry(
            Instant at,
            SkillLabel skill,
            Source source,
            String assessor,
            Level level,
            @Nullable Interest interest,
            @Nullable String evidence) {}

    /**
     * One axis of the radar.
     *
     * @param current the average level that counts over the category's skills the person is rated in; 0 if none
     * @param expected the average level the role profile expects over the category's skills it names; null
     *     where it names none
     */
    public record CategoryLevel(
            String category, double current, @Nullable Double expected) {}
}
