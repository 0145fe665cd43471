package org.skillsmatrix.domain.report.trend;

import java.util.List;
import org.skillsmatrix.domain.team.Team;

/** A team's gap figures at the end of each of the last quarters, oldest first, and now as the last point. */
public record TeamTrend(Team team, List<TrendPoint> points) {

    public TeamTrend {
        points = List.copyOf(points);
    }
}
