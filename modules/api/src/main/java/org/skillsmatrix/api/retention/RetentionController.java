package org.skillsmatrix.api.retention;

import static org.skillsmatrix.api.base.ApiPaths.V1;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.skillsmatrix.api.base.Caller;
import org.skillsmatrix.domain.retention.AnonymiseLeavers;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

/** The admin runs the anonymisation of the people who left on demand. */
@RestController
@Tag(name = "Retention", description = "Anonymising the personal data of people who left (admins)")
class RetentionController {

    private final AnonymiseLeavers anonymise;
    private final Caller caller;

    RetentionController(AnonymiseLeavers anonymise, Caller caller) {
        this.anonymise = anonymise;
        this.caller = caller;
    }

    @PostMapping(path = V1 + "/admin/retention/run", produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(
            summary = "Anonymise the people who left now (admins)",
            description = "As the daily schedule would: replaces the personal data of each deactivated person whose"
                    + " retention period (skills-matrix.retention.anonymise-after, none by default) is over by a"
                    + " pseudonym, one audit entry each. 503 with Retry-After while another run, on any node, is"
                    + " going on.")
    AnonymisationRunDto run() {
        return AnonymisationRunDto.of(anonymise.runNow(caller.actor()));
    }
}
