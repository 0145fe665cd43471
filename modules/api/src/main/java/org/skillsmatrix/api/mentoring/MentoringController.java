package org.skillsmatrix.api.mentoring;

import static org.skillsmatrix.api.base.ApiPaths.V1;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.skillsmatrix.api.base.Caller;
import org.skillsmatrix.api.base.CallerLanguage;
import org.skillsmatrix.api.base.Conflicts;
import org.skillsmatrix.api.base.Paging;
import org.skillsmatrix.api.base.Versions;
import org.skillsmatrix.domain.access.Action;
import org.skillsmatrix.domain.access.Actor;
import org.skillsmatrix.domain.base.GoalId;
import org.skillsmatrix.domain.base.PersonId;
import org.skillsmatrix.domain.base.SkillId;
import org.skillsmatrix.domain.base.TeamId;
import org.skillsmatrix.domain.mentoring.MentorProposal;
import org.skillsmatrix.domain.mentoring.PairingRules;
import org.skillsmatrix.domain.mentoring.ProposeMentors;
import org.skillsmatrix.domain.mentoring.SetDevelopmentGoals;
import org.skillsmatrix.domain.notification.ReadNotifications;
import org.skillsmatrix.domain.scale.Level;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Mentor pairing proposals (managers for their teams, HR for any and the organisation) and development goals. */
@RestController
@Tag(name = "Mentoring", description = "Who could learn a skill from whom, and the development goals set from it")
class MentoringController {

    private static final String RULE = " Learners are members who want to grow the skill and are below their team's"
            + " target or their role profile in it; a mentor is at Proficient or above and at least at the learner's"
            + " goal, and takes no more pairs than the cap, counting the open goals they mentor. Pairs that lift a"
            + " missed target or remove a single point of failure come first, then mentors from the same team; see the"
            + " user guide for the whole rule. Nothing is changed by asking.";

    private final ProposeMentors proposeMentors;
    private final SetDevelopmentGoals goals;
    private final Conflicts conflicts;
    private final Caller caller;
    private final ReadNotifications notifications;

    MentoringController(
            ProposeMentors proposeMentors,
            SetDevelopmentGoals goals,
            Conflicts conflicts,
            Caller caller,
            ReadNotifications notifications) {
        this.proposeMentors = proposeMentors;
        this.goals = goals;
        this.conflicts = conflicts;
        this.caller = caller;
        this.notifications = notifications;
    }

    @GetMapping(path = V1 + "/teams/{id}/mentor-pairings", produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(
            operationId = "teamMentorPairings",
            summary = "Proposed mentor pairs for a team's members",
            description = "For the team's managers and HR; mentors may come from anywhere in the organisation. The"
                    + " organisation's pairs made for the team's learners, so the cap counts a mentor's pairs across"
                    + " teams. 503 with Retry-After right after the start, where the organisation's take seconds,"
                    + " until they are computed." + RULE)
    MentorProposalsDto teamMentorPairings(@PathVariable UUID id, HttpServletRequest request) {
        var actor = caller.actor();
        return MentorProposalsDto.of(proposeMentors.forTeam(actor, new TeamId(id)), explanations(actor, request));
    }

    @GetMapping(path = V1 + "/organisation/mentor-pairings", produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(
            operationId = "organisationMentorPairings",
            summary = "Proposed mentor pairs across the organisation (HR)",
            description = "Every team's members, with the cap applied across teams, a page at a time. Sort keys:"
                    + " preference (default: the most preferred pair first), learner, skill (by name). 503 with"
                    + " Retry-After right after the start, where they take seconds, until they are computed." + RULE)
    MentorProposalsPageDto organisationMentorPairings(
            @RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = "" + Paging.DEFAULT_SIZE) int size,
            @RequestParam(required = false) @Nullable String sort,
            HttpServletRequest request) {
        var actor = caller.actor();
        var proposals = proposeMentors.forOrganisation(actor);
        var explanations = explanations(actor, request);
        var ranked = new ArrayList<Ranked>();
        proposals.proposals().forEach(proposal -> ranked.add(new Ranked(ranked.size(), proposal)));
        var paging = Paging.sortedBy("preference", Comparator.comparingInt(Ranked::rank))
                .orText("learner", entry -> entry.proposal().learnerName())
                .orText("skill", entry -> entry.proposal().skillName());
        return MentorProposalsPageDto.of(
                proposals.mentorCap(),
                proposals.unmatched(),
                paging.page(
                        ranked,
                        page,
                        size,
                        sort,
                        entry -> MentorProposalsDto.ProposalDto.of(entry.proposal(), explanations)));
    }

    private Explanations explanations(Actor actor, HttpServletRequest request) {
        return Explanations.in(CallerLanguage.of(notifications, actor, request));
    }

    /** A proposal and its place in the order of preference. */
    private record Ranked(int rank, MentorProposal proposal) {}

    @GetMapping(path = V1 + "/people/{id}/development-goals", produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(
            summary = "A person's development goals",
            description = "Open goals first, each the soonest due first, with the person's level now. For the person,"
                    + " their managers and HR.")
    List<DevelopmentGoalDto> developmentGoals(@PathVariable UUID id) {
        return goals.goalsOf(caller.actor(), new PersonId(id)).stream()
                .map(DevelopmentGoalDto::of)
                .toList();
    }

    @PostMapping(
            path = V1 + "/people/{id}/development-goals",
            consumes = MediaType.APPLICATION_JSON_VALUE,
            produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(
            summary = "Set a team member a development goal (their managers)",
            description = "A skill, a level above the person's now, a due date today or later, and optionally a mentor"
                    + " at Proficient or above and at least that level, who mentors fewer open goals than the cap ("
                    + PairingRules.DEFAULT_MENTOR_CAP + " unless configured). One open goal per person and skill.")
    ResponseEntity<DevelopmentGoalDto> setDevelopmentGoal(@PathVariable UUID id, @Valid @RequestBody NewGoal goal) {
        var actor = caller.actor();
        var mentor = goal.mentor();
        var added = goals.set(
                actor,
                new PersonId(id),
                new SkillId(Objects.requireNonNull(goal.skill())),
                Level.of(Objects.requireNonNull(goal.target())),
                mentor == null ? null : new PersonId(mentor),
                Objects.requireNonNull(goal.due()));
        var progress = goals.goal(actor, added.id());
        return Versions.created(
                V1 + "/development-goals/" + added.id(), DevelopmentGoalDto.of(progress), added.version());
    }

    @GetMapping(path = V1 + "/development-goals/{id}", produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(
            summary = "One development goal",
            description = "With the learner's level now. The ETag is the version a change of status must name.")
    ResponseEntity<DevelopmentGoalDto> developmentGoal(@PathVariable UUID id) {
        var progress = goals.goal(caller.actor(), new GoalId(id));
        return Versions.ok(DevelopmentGoalDto.of(progress), progress.goal().version());
    }

    @PutMapping(
            path = V1 + "/development-goals/{id}/status",
            consumes = MediaType.APPLICATION_JSON_VALUE,
            produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(
            summary = "Close an open goal as done, or cancel it (the learner's managers)",
            description = "Based on the version read; a goal closed already is a 400.")
    ResponseEntity<DevelopmentGoalDto> changeGoalStatus(
            @PathVariable UUID id,
            @Parameter(description = "The version the change is based on, as the ETag gave it", example = "\"0\"")
                    @RequestHeader(name = HttpHeaders.IF_MATCH, required = false)
                    @Nullable
                    String ifMatch,
            @Valid @RequestBody GoalStatusChange change) {
        var actor = caller.actor();
        long version = Versions.required(ifMatch, change.version());
        var goalId = new GoalId(id);
        var learner = goals.goal(actor, goalId).goal().learner();
        var changed = conflicts.explained(
                actor, new Action.SetDevelopmentGoal(learner), learner, () -> switch (Objects.requireNonNull(
                        change.status())) {
                    case DONE -> goals.close(actor, goalId, version);
                    case CANCELLED -> goals.cancel(actor, goalId, version);
                });
        var progress = goals.goal(actor, changed.id());
        return Versions.ok(DevelopmentGoalDto.of(progress), changed.version());
    }
}
