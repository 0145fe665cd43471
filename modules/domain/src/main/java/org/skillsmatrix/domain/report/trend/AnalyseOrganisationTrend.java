package org.skillsmatrix.domain.report.trend;

import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.skillsmatrix.domain.access.AccessPolicy;
import org.skillsmatrix.domain.access.Action;
import org.skillsmatrix.domain.access.Actor;
import org.skillsmatrix.domain.base.CategoryId;
import org.skillsmatrix.domain.base.ReadOnly;
import org.skillsmatrix.domain.base.SkillId;
import org.skillsmatrix.domain.catalog.Catalog;
import org.skillsmatrix.domain.catalog.Skill;
import org.skillsmatrix.domain.report.LevelCounts;
import org.skillsmatrix.domain.report.LevelCounts.SkillLevelCounts;
import org.skillsmatrix.domain.report.Quarter;
import org.skillsmatrix.domain.report.trend.TargetHolders.TargetHolding;
import org.skillsmatrix.domain.report.trend.TrendPoint.CategoryPoint;
import org.skillsmatrix.domain.scale.Level;

/**
 * Use case: how the organisation's gaps developed over the last {@link AnalyseTeamTrend#QUARTERS} quarters and now,
 * for HR, by the organisation gaps' rules applied to the organisation as it is today: every team's targets met by
 * its active members (summed over the teams, and per category), and the active skills exactly one active person holds
 * at {@link Level#HOLDS_SKILL} or above; each person's ratings as they stood when the point's day began (UTC). The
 * targets come from {@link TargetHolders} (their cost follows targets × members), the single points of failure from
 * the read model's counts per day ({@link LevelCounts}), one query each for all the points.
 */
@Transactional
@ReadOnly
public class AnalyseOrganisationTrend {

    private final TargetHolders targetHolders;
    private final LevelCounts levelCounts;
    private final Catalog catalog;
    private final AccessPolicy policy;
    private final Clock clock;

    public AnalyseOrganisationTrend(
            TargetHolders targetHolders, LevelCounts levelCounts, Catalog catalog, AccessPolicy policy, Clock clock) {
        this.targetHolders = targetHolders;
        this.levelCounts = levelCounts;
        this.catalog = catalog;
        this.policy = policy;
        this.clock = clock;
    }

    public OrganisationTrend analyse(Actor actor) {
        policy.check(actor, new Action.ReadOrganisation());
        return of(targetHolders, levelCounts, catalog, LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC));
    }

    /** The organisation's trend up to {@code today}, read from the ports, for whoever may read the organisation. */
    public static OrganisationTrend of(
            TargetHolders targetHolders, LevelCounts levelCounts, Catalog catalog, LocalDate today) {
        var quarters = Quarter.completedBefore(today, AnalyseTeamTrend.QUARTERS);
        var days = quarters.stream().map(Quarter::dayAfter).toList();
        var holdings = targetHolders.startOf(days);
        var counts = levelCounts.startOf(days);
        var skills = catalog.skills();
        var points = new ArrayList<TrendPoint>();
        for (int i = 0; i < quarters.size(); i++) {
            points.add(point(quarters.get(i).label(), days.get(i), skills, holdings.get(i), counts.get(i)));
        }
        points.add(point(null, null, skills, targetHolders.current(), levelCounts.current()));
        return new OrganisationTrend(points);
    }

    private static TrendPoint point(
            @Nullable String quarter,
            @Nullable LocalDate asOf,
            List<Skill> skills,
            List<TargetHolding> holdings,
            List<SkillLevelCounts> counts) {
        Map<SkillId, CategoryId> categoryOf = new HashMap<>();
        Map<CategoryId, int[]> byCategory = new LinkedHashMap<>();
        skills.stream().filter(Skill::active).forEach(skill -> {
            categoryOf.put(skill.id(), skill.category());
            byCategory.putIfAbsent(skill.category(), new int[2]);
        });
        int targets = 0;
        int met = 0;
        for (var holding : holdings) {
            var category = categoryOf.get(holding.skill());
            var sum = category == null ? null : byCategory.get(category);
            if (sum == null) {
                continue;
            }
            targets++;
            sum[0]++;
            if (holding.met()) {
                met++;
                sum[1]++;
            }
        }
        int single = (int) counts.stream()
                .filter(count -> categoryOf.containsKey(count.skill()))
                .filter(count -> count.tally().atLeast(Level.HOLDS_SKILL) == 1)
                .count();
        var categories = new ArrayList<CategoryPoint>();
        byCategory.forEach((category, sum) -> categories.add(new CategoryPoint(category, sum[0], sum[1])));
        return new TrendPoint(quarter, asOf, targets, met, single, categories);
    }
}
