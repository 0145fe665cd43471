package org.skillsmatrix.domain.report;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;
import org.skillsmatrix.domain.access.Actor;
import org.skillsmatrix.domain.assessment.CurrentRating;
import org.skillsmatrix.domain.base.SkillId;
import org.skillsmatrix.domain.base.TeamId;
import org.skillsmatrix.domain.report.MatrixReport.Row;
import org.skillsmatrix.domain.report.MatrixReport.TeamLabel;
import org.skillsmatrix.domain.report.ReportHeader.Filter;
import org.skillsmatrix.domain.team.Team;

/** Assembles the skills matrix of some teams; its rows stream from {@link MatrixRows} as they are rendered. */
final class MatrixReports {

    private static final int TEAMS_NAMED = 5;

    private final ReportSources sources;
    private final Headers headers;

    MatrixReports(ReportSources sources, Headers headers) {
        this.sources = sources;
        this.headers = headers;
    }

    MatrixReport build(Actor actor, List<Team> teams, boolean wholeOrganisation) {
        var labels = SkillLabels.of(sources.catalog(), headers.catalogTexts());
        var skills = labels.active();
        Map<SkillId, Integer> column = new HashMap<>();
        for (int i = 0; i < skills.size(); i++) {
            column.put(skills.get(i).skill(), i);
        }
        var teamLabels = teams.stream()
                .map(team -> new TeamLabel(team.id(), team.name()))
                .toList();
        Map<TeamId, TeamLabel> labelOf = new HashMap<>();
        teamLabels.forEach(label -> labelOf.put(label.team(), label));
        var ids = teams.stream().map(Team::id).toList();
        MatrixReport.Rows rows = sink -> sources.matrixRows().forEach(ids, member -> {
            var cells = new CurrentRating[skills.size()];
            for (var rating : member.ratings()) {
                var at = column.get(rating.skill());
                if (at != null) {
                    cells[at] = rating;
                }
            }
            var team =
                    Objects.requireNonNull(labelOf.get(member.team()), "a member's team is one of the labelled teams");
            sink.accept(new Row(team, member.person(), Arrays.asList(cells)));
        });
        var filters = new ArrayList<Filter>();
        filters.add(headers.filter("teams", teamsFilter(teams, wholeOrganisation)));
        filters.add(headers.filter(
                "skills",
                headers.text(
                        "filter.skills.value",
                        skills.size(),
                        labels.activeCategories().size())));
        filters.add(headers.filter("people", headers.text("filter.people.matrix")));
        filters.add(headers.filter(
                "levels",
                headers.text(
                        "filter.levels.value",
                        headers.date(LocalDate.ofInstant(sources.ratingAge().cutoff(), ZoneOffset.UTC)))));
        return new MatrixReport(
                headers.header(actor, headers.text("title.matrix"), filters),
                skills,
                teamLabels,
                rows,
                sources.ratingAge().cutoff(),
                () -> CertificateLines.of(
                        sources,
                        CertificateLines.active(
                                sources,
                                teams.stream()
                                        .flatMap(team -> team.members().stream())
                                        .collect(Collectors.toSet()))));
    }

    private String teamsFilter(List<Team> teams, boolean wholeOrganisation) {
        if (wholeOrganisation) {
            return headers.text("filter.teams.all", teams.size());
        }
        if (teams.size() <= TEAMS_NAMED) {
            return String.join(", ", teams.stream().map(Team::name).toList());
        }
        return headers.text("filter.teams.count", teams.size());
    }
}
