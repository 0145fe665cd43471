package org.skillsmatrix.api.personaldata;

import static org.skillsmatrix.api.base.ApiPaths.V1;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.UUID;
import org.skillsmatrix.api.base.Caller;
import org.skillsmatrix.api.base.Download;
import org.skillsmatrix.domain.base.PersonId;
import org.skillsmatrix.domain.personaldata.ExportPersonalData;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/** HR exports everything stored about one person, for their data-subject request. */
@RestController
@Tag(name = "Personal data", description = "Everything stored about one person, for a data-subject request (HR)")
class PersonalDataController {

    private final ExportPersonalData export;
    private final Caller caller;

    PersonalDataController(ExportPersonalData export, Caller caller) {
        this.export = export;
        this.caller = caller;
    }

    @GetMapping(path = V1 + "/people/{id}/personal-data", produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(
            summary = "Everything stored about a person, as one JSON file (HR)",
            description = "Their record, teams, the ratings they received and gave, certificates, development goals,"
                    + " notifications, e-mail setting and the audit entries about them. Audited. 404 for an unknown"
                    + " person.")
    @ApiResponse(
            responseCode = "200",
            content = @Content(mediaType = "application/json", schema = @Schema(type = "object")))
    void personalData(@PathVariable UUID id, HttpServletResponse response) throws IOException {
        var person = new PersonId(id);
        var data = export.read(caller.actor(), person);
        export.write(
                data,
                Download.start(
                        response, "application/json;charset=UTF-8", "skills-matrix_personal-data_" + person + ".json"));
    }
}
