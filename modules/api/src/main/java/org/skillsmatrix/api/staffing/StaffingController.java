package org.skillsmatrix.api.staffing;

import static org.skillsmatrix.api.base.ApiPaths.V1;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.skillsmatrix.api.base.Caller;
import org.skillsmatrix.domain.base.PersonId;
import org.skillsmatrix.domain.base.SkillId;
import org.skillsmatrix.domain.base.TeamId;
import org.skillsmatrix.domain.catalog.BrowseCatalog;
import org.skillsmatrix.domain.scale.Level;
import org.skillsmatrix.domain.staffing.Need;
import org.skillsmatrix.domain.staffing.ProposeStaffing;
import org.skillsmatrix.domain.staffing.StaffingRequest;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/** Who could staff a piece of work (managers and HR). */
@RestController
@Tag(
        name = "Staffing",
        description = "The fewest people who cover the skills, levels and headcounts a piece of work needs")
class StaffingController {

    private final ProposeStaffing staffing;
    private final BrowseCatalog catalog;
    private final Caller caller;

    StaffingController(ProposeStaffing staffing, BrowseCatalog catalog, Caller caller) {
        this.staffing = staffing;
        this.catalog = catalog;
        this.caller = caller;
    }

    @PostMapping(
            path = V1 + "/staffing",
            consumes = MediaType.APPLICATION_JSON_VALUE,
            produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(
            operationId = "proposeStaffing",
            summary = "Who could staff a piece of work",
            description = "Proposes people for the needs (a skill, the lowest level that counts, how many people) by"
                    + " greedy set cover on current ratings: pinned people first, in the order given; then, again and"
                    + " again, the active person who fills the most open places (a place in each need they meet"
                    + " whose headcount is not reached), among equals the one with the highest summed level in those"
                    + " needs, then by name, then by id; until every need is covered or nobody left meets an open"
                    + " one. What stays open cannot be covered from the people drawn from. Greedy finds a small set,"
                    + " not always the smallest. Drawn from the given teams, else the organisation. Managers and HR;"
                    + " people are named as in the people finder (to managers and HR, anyone in the organisation),"
                    + " anyone the access policy does not name is counted. Swap a"
                    + " person by asking again with them in `exclude` and the stand-in in `pin`. At most "
                    + ProposeStaffing.MAX_NEEDS
                    + " needs, each skill once, minimum 1 to 4, headcount 1 to "
                    + ProposeStaffing.MAX_HEADCOUNT
                    + ".")
    StaffingDto propose(@Valid @RequestBody StaffingQuestion question) {
        var actor = caller.actor();
        var needs = Objects.requireNonNull(question.needs()).stream()
                .map(need -> new Need(
                        new SkillId(Objects.requireNonNull(need.skill())),
                        Level.of(Objects.requireNonNull(need.minimum())),
                        Objects.requireNonNull(need.headcount())))
                .toList();
        var request = new StaffingRequest(
                needs,
                new HashSet<>(ids(question.teams()).stream().map(TeamId::new).toList()),
                new HashSet<>(
                        ids(question.exclude()).stream().map(PersonId::new).toList()),
                ids(question.pin()).stream().map(PersonId::new).toList());
        var names = new HashMap<SkillId, String>();
        catalog.read(actor).skills().forEach(skill -> names.put(skill.id(), skill.name()));
        return StaffingDto.of(staffing.propose(actor, request), Map.copyOf(names));
    }

    private static List<UUID> ids(@Nullable List<UUID> ids) {
        return ids == null ? List.of() : ids;
    }
}
