package org.skillsmatrix.domain.mentoring;

import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.skillsmatrix.domain.access.AccessPolicy;
import org.skillsmatrix.domain.access.Action;
import org.skillsmatrix.domain.access.Actor;
import org.skillsmatrix.domain.assessment.Assessments;
import org.skillsmatrix.domain.assessment.CurrentRating;
import org.skillsmatrix.domain.audit.Auditor;
import org.skillsmatrix.domain.base.ConcurrentEdit;
import org.skillsmatrix.domain.base.GoalId;
import org.skillsmatrix.domain.base.InvalidInput;
import org.skillsmatrix.domain.base.NotFound;
import org.skillsmatrix.domain.base.PersonId;
import org.skillsmatrix.domain.base.ReadOnly;
import org.skillsmatrix.domain.base.SkillId;
import org.skillsmatrix.domain.catalog.Catalog;
import org.skillsmatrix.domain.catalog.Skill;
import org.skillsmatrix.domain.people.People;
import org.skillsmatrix.domain.people.Person;
import org.skillsmatrix.domain.scale.Level;

/**
 * Use case: a manager sets a team member a development goal (a skill, a level, a due date, optionally a mentor),
 * closes it as done or cancels it; the person, their managers and HR read the goals with the progress the person's
 * ratings show. A mentor never takes on more open goals than the cap.
 */
@Transactional
public class SetDevelopmentGoals {

    private static final String WHAT = "This development goal";

    private final DevelopmentGoals goals;
    private final Assessments assessments;
    private final Catalog catalog;
    private final People people;
    private final AccessPolicy policy;
    private final Auditor auditor;
    private final Clock clock;
    private final int mentorCap;

    public SetDevelopmentGoals(
            DevelopmentGoals goals,
            Assessments assessments,
            Catalog catalog,
            People people,
            AccessPolicy policy,
            Auditor auditor,
            Clock clock,
            int mentorCap) {
        this.goals = goals;
        this.assessments = assessments;
        this.catalog = catalog;
        this.people = people;
        this.policy = policy;
        this.auditor = auditor;
        this.clock = clock;
        this.mentorCap = mentorCap;
    }

    /** Sets the goal, from the learner's level now; refused for a skill the learner has an open goal in. */
    public DevelopmentGoal set(
            Actor actor, PersonId learner, SkillId skillId, Level target, @Nullable PersonId mentorId, LocalDate due) {
        policy.check(actor, new Action.SetDevelopmentGoal(learner));
        var person = people.byId(learner).orElseThrow(() -> new NotFound("Person", learner));
        var skill = catalog.skill(skillId).orElseThrow(() -> new InvalidInput("skill", "skill.unknown"));
        if (skill.retired()) {
            throw new InvalidInput("skill", "skill.retired.goals", skill.name());
        }
        if (due.isBefore(LocalDate.now(clock))) {
            throw new InvalidInput("due", "goal.due-in-past");
        }
        var level = levelIn(learner, skillId);
        if (level.isAtLeast(target)) {
            throw new InvalidInput("target", "goal.reached-already", person.name(), level.value(), skill.name());
        }
        if (mentorId != null) {
            // before counting the mentor's goals: a goal set with them at the same moment is counted, not missed
            goals.holdMentor(mentorId);
        }
        var open = goals.open();
        if (open.stream()
                .anyMatch(goal -> goal.learner().equals(learner) && goal.skill().equals(skillId))) {
            throw new InvalidInput("goal", "goal.open-already", person.name(), skill.name());
        }
        var mentor = mentorId == null ? null : mentor(mentorId, skill, target, open);
        var added = goals.add(new DevelopmentGoal(
                GoalId.random(),
                learner,
                skillId,
                target,
                level == Level.NONE ? null : level,
                mentorId,
                due,
                GoalStatus.OPEN,
                actor.person(),
                clock.instant(),
                0));
        auditor.record(
                actor,
                "goal.set",
                learner,
                skill.name() + ": level " + target.value() + " by " + due
                        + (mentor == null ? "" : ", mentor " + mentor.name()));
        return added;
    }

    /** Closes the open goal read at {@code version} as done. */
    public DevelopmentGoal close(Actor actor, GoalId id, long version) {
        return closed(actor, id, version, GoalStatus.DONE, "goal.done");
    }

    /** Cancels the open goal read at {@code version}. */
    public DevelopmentGoal cancel(Actor actor, GoalId id, long version) {
        return closed(actor, id, version, GoalStatus.CANCELLED, "goal.cancelled");
    }

    /** The person's goals, open ones first, each the soonest due first, with their progress. */
    @ReadOnly
    public List<GoalProgress> goalsOf(Actor actor, PersonId person) {
        policy.check(actor, new Action.ReadPerson(person));
        var list = goals.of(person);
        if (list.isEmpty()) {
            return List.of();
        }
        return progress(person, list);
    }

    /** One goal, with its progress, for those who may read its learner. */
    @ReadOnly
    public GoalProgress goal(Actor actor, GoalId id) {
        var goal = goals.byId(id).orElseThrow(() -> new NotFound("Development goal", id));
        policy.check(actor, new Action.ReadPerson(goal.learner()));
        return progress(goal.learner(), List.of(goal)).getFirst();
    }

    private List<GoalProgress> progress(PersonId person, List<DevelopmentGoal> list) {
        Map<SkillId, Level> levels = assessments.current(person).stream()
                .collect(Collectors.toMap(
                        CurrentRating::skill, rating -> rating.level().orElse(Level.NONE)));
        var mentors = new HashSet<PersonId>();
        list.forEach(goal -> {
            if (goal.mentor() != null) {
                mentors.add(goal.mentor());
            }
        });
        var mentorNames = people.byIds(mentors).values().stream().collect(Collectors.toMap(Person::id, Person::name));
        var skillNames = catalog.skills().stream().collect(Collectors.toMap(Skill::id, Skill::name));
        return list.stream()
                .sorted(Comparator.comparing((DevelopmentGoal goal) -> !goal.open())
                        .thenComparing(DevelopmentGoal::due))
                .map(goal -> new GoalProgress(
                        goal,
                        skillNames.getOrDefault(goal.skill(), goal.skill().toString()),
                        goal.mentor() == null ? null : mentorNames.get(goal.mentor()),
                        levels.getOrDefault(goal.skill(), Level.NONE)))
                .toList();
    }

    /** Whether the actor may set, close and cancel the person's goals. */
    @ReadOnly
    public boolean maySet(Actor actor, PersonId person) {
        return policy.allows(actor, new Action.SetDevelopmentGoal(person));
    }

    private DevelopmentGoal closed(Actor actor, GoalId id, long version, GoalStatus status, String action) {
        var goal = goals.byId(id).orElseThrow(() -> new NotFound("Development goal", id));
        policy.check(actor, new Action.SetDevelopmentGoal(goal.learner()));
        if (goal.version() != version) {
            throw new ConcurrentEdit(WHAT);
        }
        if (!goal.open()) {
            throw new InvalidInput("status", "goal.closed");
        }
        var changed = goals.update(goal.withStatus(status));
        var skill =
                catalog.skill(goal.skill()).map(Skill::name).orElse(goal.skill().toString());
        auditor.record(
                actor,
                action,
                goal.learner(),
                skill + ": level " + goal.target().value());
        return changed;
    }

    private Level levelIn(PersonId person, SkillId skill) {
        return assessments.current(person).stream()
                .filter(rating -> rating.skill().equals(skill))
                .findFirst()
                .flatMap(CurrentRating::level)
                .orElse(Level.NONE);
    }

    private Person mentor(PersonId id, Skill skill, Level target, List<DevelopmentGoal> open) {
        var mentor = people.byId(id)
                .filter(Person::active)
                .orElseThrow(() -> new InvalidInput("mentor", "goal.mentor-unknown"));
        var level = levelIn(id, skill.id());
        var needed = target.isAtLeast(Level.HOLDS_SKILL) ? target : Level.HOLDS_SKILL;
        if (!level.isAtLeast(needed)) {
            throw new InvalidInput(
                    "mentor", "goal.mentor-too-low", mentor.name(), level.value(), skill.name(), needed.value());
        }
        long load = open.stream().filter(goal -> id.equals(goal.mentor())).count();
        if (load >= mentorCap) {
            throw new InvalidInput("mentor", "goal.mentor-full", mentor.name(), load);
        }
        return mentor;
    }
}
