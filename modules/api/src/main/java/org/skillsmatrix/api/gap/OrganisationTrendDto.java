package org.skillsmatrix.api.gap;

import io.swagger.v3.oas.annotations.media.Schema;
import java.util.List;
import java.util.Map;
import org.skillsmatrix.api.gap.TeamTrendDto.PointDto;
import org.skillsmatrix.domain.base.CategoryId;
import org.skillsmatrix.domain.report.trend.OrganisationTrend;

/**
 * The organisation's gap figures at the end of each of the last eight quarters, oldest first, and now as the last
 * point: every team's targets met by its members of today, and the active skills exactly one active person holds at
 * Proficient or above, with the ratings as they stood then.
 */
@Schema(name = "OrganisationTrend")
record OrganisationTrendDto(List<PointDto> points) {

    static OrganisationTrendDto of(OrganisationTrend trend, Map<CategoryId, String> categoryNames) {
        return new OrganisationTrendDto(TeamTrendDto.points(trend.points(), categoryNames));
    }
}
