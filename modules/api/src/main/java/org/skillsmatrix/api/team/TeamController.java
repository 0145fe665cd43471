package org.skillsmatrix.api.team;

import static org.skillsmatrix.api.base.ApiPaths.V1;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.skillsmatrix.api.base.Caller;
import org.skillsmatrix.api.base.Conflicts;
import org.skillsmatrix.api.base.Page;
import org.skillsmatrix.api.base.Paging;
import org.skillsmatrix.api.base.TargetRequests;
import org.skillsmatrix.api.base.Versions;
import org.skillsmatrix.domain.access.Action;
import org.skillsmatrix.domain.access.Actor;
import org.skillsmatrix.domain.assessment.ViewSkillProfile;
import org.skillsmatrix.domain.base.PersonId;
import org.skillsmatrix.domain.base.SkillId;
import org.skillsmatrix.domain.base.TeamId;
import org.skillsmatrix.domain.scale.Level;
import org.skillsmatrix.domain.team.BrowseTeams;
import org.skillsmatrix.domain.team.MaintainTeams;
import org.skillsmatrix.domain.team.SetTeamTarget;
import org.skillsmatrix.domain.team.Team;
import org.skillsmatrix.domain.team.TeamTarget;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * Teams: HR and admins maintain them; HR reads every team, a manager the teams they manage. A team's managers set
 * its targets.
 */
@RestController
@Tag(name = "Teams", description = "Teams with their members and managers, the team matrix, and team targets")
class TeamController {

    private static final Paging<Team> TEAMS =
            Paging.<Team>sortedBy("name", Comparator.comparing(Team::name, String.CASE_INSENSITIVE_ORDER));

    private final BrowseTeams browse;
    private final MaintainTeams maintainTeams;
    private final SetTeamTarget targets;
    private final TargetRequests<TeamTarget, SkillId> targetRequests;
    private final ViewSkillProfile matrices;
    private final Conflicts conflicts;
    private final Caller caller;

    TeamController(
            BrowseTeams browse,
            MaintainTeams maintainTeams,
            SetTeamTarget targets,
            ViewSkillProfile matrices,
            Conflicts conflicts,
            Caller caller) {
        this.browse = browse;
        this.maintainTeams = maintainTeams;
        this.targets = targets;
        this.targetRequests = new TargetRequests<>(targets, conflicts, "skill");
        this.matrices = matrices;
        this.conflicts = conflicts;
        this.caller = caller;
    }

    @GetMapping(path = V1 + "/teams", produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(
            summary = "The teams the caller may look at",
            description = "Every team for HR and admins, the teams they manage for a manager, none for others."
                    + " Filter: a part of the name (q). Sort key: name.")
    Page<TeamSummaryDto> teams(
            @Parameter(description = "Only teams whose name contains this, regardless of case")
                    @RequestParam(required = false)
                    @Nullable
                    String q,
            @RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = "" + Paging.DEFAULT_SIZE) int size,
            @RequestParam(required = false) @Nullable String sort) {
        var part = q == null ? "" : q.strip().toLowerCase(Locale.ROOT);
        var teams = browse.list(actor()).stream()
                .filter(team -> team.name().toLowerCase(Locale.ROOT).contains(part))
                .toList();
        return TEAMS.page(teams, page, size, sort, TeamSummaryDto::of);
    }

    @PostMapping(
            path = V1 + "/teams",
            consumes = MediaType.APPLICATION_JSON_VALUE,
            produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Add a team, without people yet (HR and admins)")
    @ResponseStatus(HttpStatus.CREATED)
    ResponseEntity<TeamDto> add(@Valid @RequestBody NewTeam team) {
        var actor = actor();
        var added = maintainTeams.add(actor, Objects.requireNonNull(team.name()));
        return Versions.created(
                V1 + "/teams/" + added.id(), TeamDto.of(browse.details(actor, added.id())), added.version());
    }

    @GetMapping(path = V1 + "/teams/{id}", produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(
            summary = "One team with its members and managers",
            description = "For HR, admins and the team's managers. The ETag is the version an edit must name in"
                    + " If-Match.")
    ResponseEntity<TeamDto> team(@PathVariable UUID id) {
        var details = browse.details(actor(), new TeamId(id));
        return Versions.ok(TeamDto.of(details), details.team().version());
    }

    @PutMapping(
            path = V1 + "/teams/{id}",
            consumes = MediaType.APPLICATION_JSON_VALUE,
            produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Rename a team, or set its members and managers (HR and admins)")
    ResponseEntity<TeamDto> change(
            @PathVariable UUID id,
            @Parameter(description = "The version the change is based on, as the ETag gave it", example = "\"0\"")
                    @RequestHeader(name = HttpHeaders.IF_MATCH, required = false)
                    @Nullable
                    String ifMatch,
            @Valid @RequestBody TeamChange change) {
        long version = Versions.required(ifMatch, change.version());
        var actor = actor();
        var team = new TeamId(id);
        var changed = conflicts.explained(
                actor,
                new Action.MaintainPeopleAndTeams(),
                team,
                () -> maintainTeams.change(
                        actor,
                        new Team(
                                team,
                                Objects.requireNonNull(change.name()),
                                people(Objects.requireNonNull(change.members())),
                                people(Objects.requireNonNull(change.managers())),
                                version)));
        return Versions.ok(TeamDto.of(browse.details(actor, changed.id())), changed.version());
    }

    @GetMapping(path = V1 + "/teams/{id}/matrix", produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(
            summary = "The team matrix: every active member's current rating in every skill rated",
            description = "For HR and the team's managers.")
    TeamMatrixDto matrix(@PathVariable UUID id) {
        return TeamMatrixDto.of(matrices.ofTeam(actor(), new TeamId(id)));
    }

    @GetMapping(path = V1 + "/teams/{id}/targets", produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(
            summary = "The team's targets",
            description = "For HR and the team's managers. Sort keys: skill (default: the catalog's order, by"
                    + " category, then within it), level, headcount.")
    Page<TeamTargetDto> targets(
            @PathVariable UUID id,
            @RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = "" + Paging.DEFAULT_SIZE) int size,
            @RequestParam(required = false) @Nullable String sort) {
        var inCatalogOrder = targets.targetsOf(actor(), new TeamId(id));
        var positions = new HashMap<SkillId, Integer>();
        inCatalogOrder.forEach(target -> positions.put(target.skill(), positions.size()));
        return Paging.<TeamTarget>sortedBy("skill", Comparator.comparingInt(target -> positions.get(target.skill())))
                .or("level", Comparator.comparing(TeamTarget::level))
                .or("headcount", Comparator.comparingInt(TeamTarget::headcount))
                .page(inCatalogOrder, page, size, sort, TeamTargetDto::of);
    }

    @GetMapping(path = V1 + "/teams/{id}/targets/{skill}", produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(
            summary = "The team's target for one skill",
            description = "The ETag is the version a change or removal must name in If-Match.")
    ResponseEntity<TeamTargetDto> target(@PathVariable UUID id, @PathVariable UUID skill) {
        return targetRequests.get(actor(), new TeamId(id), new SkillId(skill), TeamTargetDto::of);
    }

    @PutMapping(
            path = V1 + "/teams/{id}/targets/{skill}",
            consumes = MediaType.APPLICATION_JSON_VALUE,
            produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(
            summary = "Set the team's target for a skill (the team's managers)",
            description = "With If-Match (or a version in the body), changes the target read at that version (412,"
                    + " or 409, if it changed since). With If-None-Match: *, adds it only if the team has none for"
                    + " the skill (412 if it has). With none of these, adds it where there is none and answers 428"
                    + " where there is one.")
    @ApiResponse(
            responseCode = "200",
            description = "The target, changed",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON_VALUE,
                            schema = @Schema(implementation = TeamTargetDto.class)))
    @ApiResponse(
            responseCode = "201",
            description = "The target, added",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON_VALUE,
                            schema = @Schema(implementation = TeamTargetDto.class)))
    ResponseEntity<TeamTargetDto> setTarget(
            @PathVariable UUID id,
            @PathVariable UUID skill,
            @Parameter(description = "The version the change is based on, as the ETag gave it", example = "\"0\"")
                    @RequestHeader(name = HttpHeaders.IF_MATCH, required = false)
                    @Nullable
                    String ifMatch,
            @Parameter(description = "*, to add the target only if there is none", example = "*")
                    @RequestHeader(name = HttpHeaders.IF_NONE_MATCH, required = false)
                    @Nullable
                    String ifNoneMatch,
            @Valid @RequestBody TargetChange change) {
        var team = new TeamId(id);
        var skillId = new SkillId(skill);
        var level = Level.of(Objects.requireNonNull(change.level()));
        int headcount = Objects.requireNonNull(change.headcount());
        return targetRequests.put(
                actor(),
                team,
                skillId,
                new TargetRequests.Preconditions(ifMatch, ifNoneMatch, change.version()),
                version -> new TeamTarget(team, skillId, level, headcount, version),
                TeamTargetDto::of,
                V1 + "/teams/" + id + "/targets/" + skill);
    }

    @DeleteMapping(path = V1 + "/teams/{id}/targets/{skill}")
    @Operation(summary = "Remove the team's target for a skill (the team's managers)")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    ResponseEntity<Void> removeTarget(
            @PathVariable UUID id,
            @PathVariable UUID skill,
            @Parameter(description = "The version the removal is based on, as the ETag gave it", example = "\"0\"")
                    @RequestHeader(name = HttpHeaders.IF_MATCH, required = false)
                    @Nullable
                    String ifMatch) {
        return targetRequests.delete(actor(), new TeamId(id), new SkillId(skill), ifMatch);
    }

    private static Set<PersonId> people(List<UUID> ids) {
        return ids.stream().map(PersonId::new).collect(Collectors.toSet());
    }

    private Actor actor() {
        return caller.actor();
    }
}
