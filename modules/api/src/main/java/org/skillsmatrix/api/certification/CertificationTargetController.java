package org.skillsmatrix.api.certification;

import static org.skillsmatrix.api.base.ApiPaths.V1;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.skillsmatrix.api.base.Caller;
import org.skillsmatrix.api.base.Conflicts;
import org.skillsmatrix.api.base.TargetRequests;
import org.skillsmatrix.domain.base.CertificationId;
import org.skillsmatrix.domain.base.TeamId;
import org.skillsmatrix.domain.certification.CertificationTarget;
import org.skillsmatrix.domain.certification.SetCertificationTarget;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * A team's certification targets ("2 holders of the CKA"): HR and the team's managers read them, the team's managers
 * set them, with the same versions and preconditions as the team's skill targets. Whether each is met is in the
 * team's gaps.
 */
@RestController
@Tag(name = "Teams")
class CertificationTargetController {

    private static final String TARGETS = V1 + "/teams/{id}/certification-targets";

    private final SetCertificationTarget targets;
    private final TargetRequests<CertificationTarget, CertificationId> requests;
    private final Caller caller;

    CertificationTargetController(SetCertificationTarget targets, Conflicts conflicts, Caller caller) {
        this.targets = targets;
        this.requests = new TargetRequests<>(targets, conflicts, "certification");
        this.caller = caller;
    }

    @GetMapping(path = TARGETS, produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(
            summary = "The team's certification targets",
            description = "By the certification's name. For HR and the team's managers; whether each is met is in"
                    + " GET /teams/{id}/gaps.")
    List<CertificationTargetDto> targets(@PathVariable UUID id) {
        return targets.targetsOf(caller.actor(), new TeamId(id)).stream()
                .map(CertificationTargetDto::of)
                .toList();
    }

    @GetMapping(path = TARGETS + "/{certification}", produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(
            summary = "The team's target for one certification",
            description = "The ETag is the version a change or removal must name in If-Match.")
    ResponseEntity<CertificationTargetDto> target(@PathVariable UUID id, @PathVariable UUID certification) {
        return requests.get(
                caller.actor(), new TeamId(id), new CertificationId(certification), CertificationTargetDto::of);
    }

    @PutMapping(
            path = TARGETS + "/{certification}",
            consumes = MediaType.APPLICATION_JSON_VALUE,
            produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(
            summary = "Set how many members of the team should hold a valid certificate (the team's managers)",
            description = "The certification is one of GET /certifications. With If-Match (or a version in the body),"
                    + " changes the target read at that version (412, or 409, if it changed since). With"
                    + " If-None-Match: *, adds it only if the team has none for the certification (412 if it has)."
                    + " With none of these, adds it where there is none and answers 428 where there is one.")
    @ApiResponse(
            responseCode = "200",
            description = "The target, changed",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON_VALUE,
                            schema = @Schema(implementation = CertificationTargetDto.class)))
    @ApiResponse(
            responseCode = "201",
            description = "The target, added",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON_VALUE,
                            schema = @Schema(implementation = CertificationTargetDto.class)))
    ResponseEntity<CertificationTargetDto> setTarget(
            @PathVariable UUID id,
            @PathVariable UUID certification,
            @Parameter(description = "The version the change is based on, as the ETag gave it", example = "\"0\"")
                    @RequestHeader(name = HttpHeaders.IF_MATCH, required = false)
                    @Nullable
                    String ifMatch,
            @Parameter(description = "*, to add the target only if there is none", example = "*")
                    @RequestHeader(name = HttpHeaders.IF_NONE_MATCH, required = false)
                    @Nullable
                    String ifNoneMatch,
            @Valid @RequestBody CertificationTargetChange change) {
        var team = new TeamId(id);
        var certificationId = new CertificationId(certification);
        int holders = Objects.requireNonNull(change.holders());
        return requests.put(
                caller.actor(),
                team,
                certificationId,
                new TargetRequests.Preconditions(ifMatch, ifNoneMatch, change.version()),
                version -> new CertificationTarget(team, certificationId, holders, version),
                CertificationTargetDto::of,
                V1 + "/teams/" + id + "/certification-targets/" + certification);
    }

    @DeleteMapping(path = TARGETS + "/{certification}")
    @Operation(summary = "Remove the team's target for a certification (the team's managers)")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    ResponseEntity<Void> removeTarget(
            @PathVariable UUID id,
            @PathVariable UUID certification,
            @Parameter(description = "The version the removal is based on, as the ETag gave it", example = "\"0\"")
                    @RequestHeader(name = HttpHeaders.IF_MATCH, required = false)
                    @Nullable
                    String ifMatch) {
        return requests.delete(caller.actor(), new TeamId(id), new CertificationId(certification), ifMatch);
    }
}
