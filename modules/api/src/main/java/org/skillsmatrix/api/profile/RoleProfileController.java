package org.skillsmatrix.api.profile;

import static org.skillsmatrix.api.base.ApiPaths.V1;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.skillsmatrix.api.base.Caller;
import org.skillsmatrix.api.base.Conflicts;
import org.skillsmatrix.api.base.InvalidRequest;
import org.skillsmatrix.api.base.Page;
import org.skillsmatrix.api.base.Paging;
import org.skillsmatrix.api.base.Versions;
import org.skillsmatrix.domain.access.Action;
import org.skillsmatrix.domain.access.Actor;
import org.skillsmatrix.domain.base.NotFound;
import org.skillsmatrix.domain.base.RoleProfileId;
import org.skillsmatrix.domain.base.SkillId;
import org.skillsmatrix.domain.profile.MaintainRoleProfiles;
import org.skillsmatrix.domain.profile.RoleProfile;
import org.skillsmatrix.domain.scale.Level;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** Role profiles: everyone with a role reads them; admins maintain them. */
@RestController
@Tag(name = "Role profiles", description = "The level a job role expects per skill")
class RoleProfileController {

    private static final Paging<RoleProfile> PROFILES =
            Paging.sortedBy("name", Comparator.comparing(RoleProfile::name, String.CASE_INSENSITIVE_ORDER));

    private final MaintainRoleProfiles profiles;
    private final Conflicts conflicts;
    private final Caller caller;

    RoleProfileController(MaintainRoleProfiles profiles, Conflicts conflicts, Caller caller) {
        this.profiles = profiles;
        this.conflicts = conflicts;
        this.caller = caller;
    }

    @GetMapping(path = V1 + "/role-profiles", produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "The role profiles", description = "Sort key: name.")
    Page<RoleProfileDto> list(
            @RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = "" + Paging.DEFAULT_SIZE) int size,
            @RequestParam(required = false) @Nullable String sort) {
        return PROFILES.page(profiles.list(actor()), page, size, sort, RoleProfileDto::of);
    }

    @GetMapping(path = V1 + "/role-profiles/{id}", produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "One role profile", description = "The ETag is the version an edit must name in If-Match.")
    ResponseEntity<RoleProfileDto> profile(@PathVariable UUID id) {
        var profileId = new RoleProfileId(id);
        var profile = profiles.list(actor()).stream()
                .filter(each -> each.id().equals(profileId))
                .findFirst()
                .orElseThrow(() -> new NotFound("Role profile", profileId));
        return Versions.ok(RoleProfileDto.of(profile), profile.version());
    }

    @PostMapping(
            path = V1 + "/role-profiles",
            consumes = MediaType.APPLICATION_JSON_VALUE,
            produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Add a role profile (admins)")
    @ResponseStatus(HttpStatus.CREATED)
    ResponseEntity<RoleProfileDto> add(@Valid @RequestBody RoleProfileChange change) {
        var added = profiles.add(actor(), Objects.requireNonNull(change.name()), expectations(change));
        return Versions.created(V1 + "/role-profiles/" + added.id(), RoleProfileDto.of(added), added.version());
    }

    @PutMapping(
            path = V1 + "/role-profiles/{id}",
            consumes = MediaType.APPLICATION_JSON_VALUE,
            produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Rename a role profile or set its expectations (admins)")
    ResponseEntity<RoleProfileDto> change(
            @PathVariable UUID id,
            @Parameter(description = "The version the change is based on, as the ETag gave it", example = "\"0\"")
                    @RequestHeader(name = HttpHeaders.IF_MATCH, required = false)
                    @Nullable
                    String ifMatch,
            @Valid @RequestBody RoleProfileChange change) {
        long version = Versions.required(ifMatch, change.version());
        var actor = actor();
        var profile = new RoleProfileId(id);
        var changed = conflicts.explained(
                actor,
                new Action.MaintainRoleProfiles(),
                profile,
                () -> profiles.change(
                        actor,
                        new RoleProfile(
                                profile, Objects.requireNonNull(change.name()), expectations(change), version)));
        return Versions.ok(RoleProfileDto.of(changed), changed.version());
    }

    private static Map<SkillId, Level> expectations(RoleProfileChange change) {
        var expectations = new LinkedHashMap<SkillId, Level>();
        for (var expectation : Objects.requireNonNull(change.expectations())) {
            var skill = new SkillId(Objects.requireNonNull(expectation.skill()));
            if (expectations.put(skill, Level.of(Objects.requireNonNull(expectation.level()))) != null) {
                throw InvalidRequest.of("expectations", "name each skill once; " + skill + " is named twice");
            }
        }
        return expectations;
    }

    private Actor actor() {
        return caller.actor();
    }
}
