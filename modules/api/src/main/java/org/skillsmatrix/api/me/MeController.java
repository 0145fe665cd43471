package org.skillsmatrix.api.me;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.skillsmatrix.api.base.Caller;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/** Who the caller is to the application: the person their token is linked to, and the roles it grants. */
@RestController
@Tag(name = "Me", description = "The calling person")
class MeController {

    private final Caller caller;

    MeController(Caller caller) {
        this.caller = caller;
    }

    @GetMapping(path = "/api/v1/me", produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(
            summary = "Who the caller is",
            description = "The person the access token is linked to, and the roles it grants.")
    Me me() {
        return Me.of(caller.current());
    }
}
