package org.skillsmatrix.api.assessment;

import static org.skillsmatrix.api.base.ApiPaths.V1;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.net.URI;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.skillsmatrix.api.base.Caller;
import org.skillsmatrix.api.base.Page;
import org.skillsmatrix.api.base.Paging;
import org.skillsmatrix.api.base.StoredPaging;
import org.skillsmatrix.domain.access.Actor;
import org.skillsmatrix.domain.assessment.Assessment;
import org.skillsmatrix.domain.assessment.AssessmentOrder;
import org.skillsmatrix.domain.assessment.ConfirmRatings;
import org.skillsmatrix.domain.assessment.HistoryFilter;
import org.skillsmatrix.domain.assessment.RateOwnSkill;
import org.skillsmatrix.domain.assessment.RateTeamMember;
import org.skillsmatrix.domain.assessment.Source;
import org.skillsmatrix.domain.assessment.ViewSkillProfile;
import org.skillsmatrix.domain.base.PersonId;
import org.skillsmatrix.domain.base.SkillId;
import org.skillsmatrix.domain.scale.Level;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * Ratings, append-only: employees rate themselves, managers rate the members of the teams they manage; the
 * person, their managers and HR read the history.
 */
@RestController
@Tag(name = "Assessments", description = "Self and manager ratings, and their history")
class AssessmentController {

    private static final StoredPaging<AssessmentOrder> HISTORY = StoredPaging.sortedBy(
                    "assessedAt", AssessmentOrder.ASSESSED_AT, Paging.Direction.DESC)
            .or("level", AssessmentOrder.LEVEL, Paging.Direction.ASC);

    private final RateOwnSkill rateOwnSkill;
    private final RateTeamMember rateTeamMember;
    private final ConfirmRatings confirmRatings;
    private final ViewSkillProfile profiles;
    private final Caller caller;

    AssessmentController(
            RateOwnSkill rateOwnSkill,
            RateTeamMember rateTeamMember,
            ConfirmRatings confirmRatings,
            ViewSkillProfile profiles,
            Caller caller) {
        this.confirmRatings = confirmRatings;
        this.rateOwnSkill = rateOwnSkill;
        this.rateTeamMember = rateTeamMember;
        this.profiles = profiles;
        this.caller = caller;
    }

    @PostMapping(
            path = V1 + "/me/assessments",
            consumes = MediaType.APPLICATION_JSON_VALUE,
            produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(
            summary = "Rate yourself in a skill (employees)",
            description = "Appends a self-rating with your interest; the history keeps every earlier one.")
    @ResponseStatus(HttpStatus.CREATED)
    ResponseEntity<AssessmentDto> rateSelf(@Valid @RequestBody SelfRating rating) {
        var actor = actor();
        var rated = rateOwnSkill.rate(
                actor,
                new SkillId(Objects.requireNonNull(rating.skill())),
                Level.of(Objects.requireNonNull(rating.level())),
                Objects.requireNonNull(rating.interest()),
                rating.evidence());
        return created(rated);
    }

    @PostMapping(path = V1 + "/me/skills/{skill}/confirmation", produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(
            summary = "Confirm your rating in a skill is still accurate (employees)",
            description = "Appends a self-rating at the level and interest of your newest one, so the rating is no"
                    + " longer stale.")
    @ResponseStatus(HttpStatus.CREATED)
    ResponseEntity<AssessmentDto> confirmOwn(@Parameter(description = "The skill") @PathVariable UUID skill) {
        return created(confirmRatings.confirmOwn(actor(), new SkillId(skill)));
    }

    @PostMapping(path = V1 + "/me/skills/stale/confirmation", produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(
            summary = "Confirm all your stale ratings unchanged (employees)",
            description = "Appends a self-rating at the same level and interest for each of your ratings that has"
                    + " gone stale; answers the assessments appended, none when nothing was stale.")
    List<AssessmentDto> confirmAllStale() {
        return confirmRatings.confirmAllStale(actor()).stream()
                .map(AssessmentDto::of)
                .toList();
    }

    @PostMapping(path = V1 + "/people/{id}/skills/{skill}/confirmation", produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(
            summary = "Confirm a team member's rating is still accurate (their managers)",
            description = "Appends a manager rating at the level that counts now, so the rating is no longer stale.")
    @ResponseStatus(HttpStatus.CREATED)
    ResponseEntity<AssessmentDto> confirmMember(
            @Parameter(description = "The person rated") @PathVariable UUID id,
            @Parameter(description = "The skill") @PathVariable UUID skill) {
        return created(confirmRatings.confirmMember(actor(), new PersonId(id), new SkillId(skill)));
    }

    @GetMapping(path = V1 + "/me/assessments", produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(
            summary = "Your own rating history",
            description = "Filters: skill, source. Sort keys: assessedAt (default, newest first), level.")
    Page<AssessmentDto> myHistory(
            @RequestParam(required = false) @Nullable UUID skill,
            @RequestParam(required = false) @Nullable Source source,
            @RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = "" + Paging.DEFAULT_SIZE) int size,
            @RequestParam(required = false) @Nullable String sort) {
        var actor = actor();
        return history(actor, actor.person(), skill, source, page, size, sort);
    }

    @PostMapping(
            path = V1 + "/people/{id}/assessments",
            consumes = MediaType.APPLICATION_JSON_VALUE,
            produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(
            summary = "Rate or validate a team member (their managers)",
            description = "Appends a manager rating; where a person has one, it is the level that counts.")
    @ResponseStatus(HttpStatus.CREATED)
    ResponseEntity<AssessmentDto> rateMember(
            @Parameter(description = "The person rated") @PathVariable UUID id,
            @Valid @RequestBody ManagerRating rating) {
        var rated = rateTeamMember.rate(
                actor(),
                new PersonId(id),
                new SkillId(Objects.requireNonNull(rating.skill())),
                Level.of(Objects.requireNonNull(rating.level())),
                rating.evidence());
        return created(rated);
    }

    @GetMapping(path = V1 + "/people/{id}/assessments", produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(
            summary = "A person's rating history",
            description = "For the person, their managers and HR. Filters: skill, source. Sort keys: assessedAt"
                    + " (default, newest first), level.")
    Page<AssessmentDto> history(
            @PathVariable UUID id,
            @RequestParam(required = false) @Nullable UUID skill,
            @RequestParam(required = false) @Nullable Source source,
            @RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = "" + Paging.DEFAULT_SIZE) int size,
            @RequestParam(required = false) @Nullable String sort) {
        return history(actor(), new PersonId(id), skill, source, page, size, sort);
    }

    private Page<AssessmentDto> history(
            Actor actor,
            PersonId person,
            @Nullable UUID skill,
            @Nullable Source source,
            int page,
            int size,
            @Nullable String sort) {
        var request = HISTORY.request(page, size, sort);
        var filter = new HistoryFilter(skill == null ? null : new SkillId(skill), source);
        return StoredPaging.page(profiles.history(actor, person, filter, request), request, AssessmentDto::of);
    }

    private static ResponseEntity<AssessmentDto> created(Assessment rated) {
        return ResponseEntity.created(URI.create(V1 + "/people/" + rated.person() + "/assessments"))
                .body(AssessmentDto.of(rated));
    }

    private Actor actor() {
        return caller.actor();
    }
}
