package org.skillsmatrix.domain.report;

import java.util.Objects;
import org.skillsmatrix.domain.assessment.Assessments;
import org.skillsmatrix.domain.assessment.RatingAge;
import org.skillsmatrix.domain.catalog.Catalog;
import org.skillsmatrix.domain.certification.CertificationHolders;
import org.skillsmatrix.domain.gap.Coverage;
import org.skillsmatrix.domain.mentoring.DevelopmentGoals;
import org.skillsmatrix.domain.people.People;
import org.skillsmatrix.domain.profile.RoleProfiles;
import org.skillsmatrix.domain.report.trend.TargetHolders;
import org.skillsmatrix.domain.scale.Scale;
import org.skillsmatrix.domain.staffing.StaffingCandidates;
import org.skillsmatrix.domain.team.TeamTargets;
import org.skillsmatrix.domain.team.Teams;

/** The ports the reports read their data from. */
public record ReportSources(
        Catalog catalog,
        Scale scale,
        People people,
        Teams teams,
        Assessments assessments,
        RoleProfiles roleProfiles,
        Coverage coverage,
        MatrixRows matrixRows,
        LevelCounts levelCounts,
        DevelopmentGoals goals,
        TeamTargets targets,
        TargetHolders targetHolders,
        RatingAge ratingAge,
        StaffingCandidates staffingCandidates,
        CertificationHolders certificationHolders) {

    public ReportSources {
        Objects.requireNonNull(catalog, "catalog");
        Objects.requireNonNull(scale, "scale");
        Objects.requireNonNull(people, "people");
        Objects.requireNonNull(teams, "teams");
        Objects.requireNonNull(assessments, "assessments");
        Objects.requireNonNull(roleProfiles, "roleProfiles");
        Objects.requireNonNull(coverage, "coverage");
        Objects.requireNonNull(matrixRows, "matrixRows");
        Objects.requireNonNull(levelCounts, "levelCounts");
        Objects.requireNonNull(goals, "goals");
        Objects.requireNonNull(targets, "targets");
        Objects.requireNonNull(targetHolders, "targetHolders");
        Objects.requireNonNull(ratingAge, "ratingAge");
        Objects.requireNonNull(staffingCandidates, "staffingCandidates");
        Objects.requireNonNull(certificationHolders, "certificationHolders");
    }
}
