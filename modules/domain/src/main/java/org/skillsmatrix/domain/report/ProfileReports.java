package org.skillsmatrix.domain.report;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.skillsmatrix.domain.access.Actor;
import org.skillsmatrix.domain.assessment.Assessment;
import org.skillsmatrix.domain.assessment.CurrentRating;
import org.skillsmatrix.domain.assessment.Rating;
import org.skillsmatrix.domain.assessment.RatingAge;
import org.skillsmatrix.domain.assessment.Source;
import org.skillsmatrix.domain.base.PersonId;
import org.skillsmatrix.domain.base.SkillId;
import org.skillsmatrix.domain.gap.GapAnalysis;
import org.skillsmatrix.domain.mentoring.DevelopmentGoal;
import org.skillsmatrix.domain.people.Person;
import org.skillsmatrix.domain.profile.RoleProfile;
import org.skillsmatrix.domain.report.ProfileReport.CategoryLevel;
import org.skillsmatrix.domain.report.ProfileReport.HistoryEntry;
import org.skillsmatrix.domain.report.ProfileReport.SkillGap;
import org.skillsmatrix.domain.report.ProfileReport.SkillRating;
import org.skillsmatrix.domain.scale.Level;
import org.skillsmatrix.domain.team.Team;

/** Assembles a person's profile: current ratings, gaps against the role profile, history, radar axes. */
final class ProfileReports {

    private final ReportSources sources;
    private final Headers headers;

    ProfileReports(ReportSources sources, Headers headers) {
        this.sources = sources;
        this.headers = headers;
    }

    ProfileReport of(Actor actor, Person person) {
        var labels = SkillLabels.of(sources.catalog(), headers.catalogTexts());
        var current = sources.assessments().current(person.id());
        var profile = person.roleProfile() == null
                ? null
                : sources.roleProfiles().byId(person.roleProfile()).orElse(null);
        var teams =
                sources.teams().memberOf(person.id()).stream().map(Team::name).toList();
        var ratings = ratings(labels, current, sources.ratingAge());
        var gaps = profile == null ? List.<SkillGap>of() : gaps(labels, profile, current);
        var filters = List.of(
                headers.filter("person", person.name() + " <" + person.email() + ">"),
                headers.filter("teams", teams.isEmpty() ? headers.text("filter.none") : String.join(", ", teams)),
                headers.filter("role-profile", profile == null ? headers.text("filter.none") : profile.name()),
                headers.filter(
                        "stale",
                        headers.text(
                                "filter.stale.value",
                                headers.date(
                                        LocalDate.ofInstant(sources.ratingAge().cutoff(), ZoneOffset.UTC)))));
        var header = headers.header(actor, headers.text("title.profile", person.name()), filters);
        return new ProfileReport(
                header,
                person,
                teams,
                profile == null ? null : profile.name(),
                ratings,
                gaps,
                history(labels, person),
                categories(labels, ratings, gaps),
                goals(labels, person, current),
                CertificateLines.of(sources, List.of(person.id())));
    }

    /** The person's development goals, open ones first, each the soonest due first. */
    private List<ProfileReport.Goal> goals(SkillLabels labels, Person person, List<CurrentRating> current) {
        var goals = sources.goals().of(person.id());
        if (goals.isEmpty()) {
            return List.of();
        }
        Map<SkillId, Level> levels = new HashMap<>();
        current.forEach(rating -> rating.level().ifPresent(level -> levels.put(rating.skill(), level)));
        var mentors = new java.util.HashSet<PersonId>();
        goals.forEach(goal -> {
            if (goal.mentor() != null) {
                mentors.add(goal.mentor());
            }
        });
        var names = sources.people().byIds(mentors);
        return goals.stream()
                .sorted(java.util.Comparator.comparing((DevelopmentGoal goal) -> !goal.open())
                        .thenComparing(DevelopmentGoal::due))
                .map(goal -> {
                    var mentor = goal.mentor() == null ? null : names.get(goal.mentor());
                    return new ProfileReport.Goal(
                            labels.label(goal.skill())
                                    .orElse(new SkillLabel(
                                            goal.skill(), "", goal.skill().toString())),
                            goal.target(),
                            goal.startLevel(),
                            levels.getOrDefault(goal.skill(), Level.NONE),
                            mentor == null ? null : mentor.name(),
                            goal.due(),
                            goal.status());
                })
                .toList();
    }

    /** Current ratings in active skills, in catalog order, each said to be stale or not. */
    private static List<SkillRating> ratings(SkillLabels labels, List<CurrentRating> current, RatingAge age) {
        Map<SkillId, CurrentRating> bySkill = new HashMap<>();
        current.forEach(rating -> bySkill.put(rating.skill(), rating));
        var ratings = new ArrayList<SkillRating>();
        for (var label : labels.active()) {
            var rating = bySkill.get(label.skill());
            if (rating == null || rating.level().isEmpty()) {
                continue;
            }
            ratings.add(new SkillRating(
                    label,
                    rating.selfLevel().orElse(null),
                    rating.validatedLevel().orElse(null),
                    rating.level().get(),
                    rating.interest(),
                    newest(rating.self(), rating.manager()),
                    age.isStale(rating)));
        }
        return ratings;
    }

    private static Instant newest(@Nullable Rating self, @Nullable Rating manager) {
        if (self == null) {
            return Objects.requireNonNull(manager, "a rating").at();
        }
        return manager == null || self.at().isAfter(manager.at()) ? self.at() : manager.at();
    }

    private List<SkillGap> gaps(SkillLabels labels, RoleProfile profile, List<CurrentRating> current) {
        var gaps = new ArrayList<SkillGap>();
        for (var gap :
                GapAnalysis.againstProfile(profile, current, sources.catalog().skills())) {
            labels.label(gap.skill())
                    .ifPresent(label -> gaps.add(new SkillGap(label, gap.expected(), gap.current(), gap.gap())));
        }
        return gaps;
    }

    private List<HistoryEntry> history(SkillLabels labels, Person person) {
        Map<PersonId, String> assessors = new HashMap<>();
        assessors.put(person.id(), person.name());
        var entries = new ArrayList<HistoryEntry>();
        for (Assessment assessment : sources.assessments().history(person.id())) {
            var label = labels.label(assessment.skill()).orElse(null);
            if (label == null) {
                continue;
            }
            var assessor = assessors.computeIfAbsent(
                    assessment.assessor(),
                    id -> sources.people().byId(id).map(Person::name).orElse(id.toString()));
            entries.add(new HistoryEntry(
                    assessment.assessedAt(),
                    label,
                    assessment.source(),
                    assessment.source() == Source.SELF ? headers.text("history.self") : assessor,
                    assessment.level(),
                    assessment.interest(),
                    assessment.evidence()));
        }
        return entries;
    }

    /** The radar's axes: every category with active skills, in catalog order. */
    private static List<CategoryLevel> categories(SkillLabels labels, List<SkillRating> ratings, List<SkillGap> gaps) {
        Map<String, double[]> current = new LinkedHashMap<>();
        Map<String, double[]> expected = new HashMap<>();
        labels.activeCategories().forEach(category -> current.put(category, new double[2]));
        for (var rating : ratings) {
            var sum = current.get(rating.skill().category());
            if (sum == null) {
                continue; // a retired skill whose category has no active skill left: no axis
            }
            sum[0] += rating.level().value();
            sum[1]++;
        }
        for (var gap : gaps) {
            var sum = expected.computeIfAbsent(gap.skill().category(), category -> new double[2]);
            sum[0] += gap.expected().value();
            sum[1]++;
        }
        var axes = new ArrayList<CategoryLevel>();
        current.forEach((category, sum) -> {
            var wanted = expected.get(category);
            axes.add(new CategoryLevel(
                    category, sum[1] == 0 ? 0 : sum[0] / sum[1], wanted == null ? null : wanted[0] / wanted[1]));
        });
        return axes;
    }
}
