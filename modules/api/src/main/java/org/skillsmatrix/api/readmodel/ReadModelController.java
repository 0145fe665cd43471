package org.skillsmatrix.api.readmodel;

import static org.skillsmatrix.api.base.ApiPaths.V1;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.skillsmatrix.api.base.Caller;
import org.skillsmatrix.domain.readmodel.MaintainReadModel;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

/** The admin's check of the read model against the history, and its rebuild. */
@RestController
@Tag(name = "Read model", description = "Checking and rebuilding what the organisation's views aggregate (admins)")
class ReadModelController {

    private final MaintainReadModel maintain;
    private final Caller caller;

    ReadModelController(MaintainReadModel maintain, Caller caller) {
        this.maintain = maintain;
        this.caller = caller;
    }

    @PostMapping(path = V1 + "/admin/read-model/verify", produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(
            summary = "Check the read model against the history (admins)",
            description = "Compares every part of the read model (current ratings, counts per skill and per team,"
                    + " changes per day) with what the assessments, people and teams give now, and says how many"
                    + " rows differ. Reads the whole history: seconds on a large organisation. Audited.")
    ReadModelCheckDto verify() {
        return ReadModelCheckDto.of(maintain.verify(caller.actor()));
    }

    @PostMapping(path = V1 + "/admin/read-model/rebuild", produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(
            summary = "Rebuild the read model from the history (admins)",
            description = "Empties the read model, derives it again from the assessments, people and teams, and"
                    + " checks it. Reads and writes wait until it is done. Audited.")
    ReadModelCheckDto rebuild() {
        return ReadModelCheckDto.of(maintain.rebuild(caller.actor()));
    }
}
