package org.skillsmatrix.domain.report.trend;

import java.util.List;

/** The organisation's gap figures at the end of each of the last quarters, oldest first, and now as the last point. */
public record OrganisationTrend(List<TrendPoint> points) {

    public OrganisationTrend {
        points = List.copyOf(points);
    }
}
