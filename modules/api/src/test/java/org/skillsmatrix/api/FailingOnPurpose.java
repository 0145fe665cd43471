package org.skillsmatrix.api;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/** An endpoint of the controller tests only, which fails as nothing in the API should. */
@RestController
class FailingOnPurpose {

    /** What a careless failure would give away: SQL, a class name, a file. */
    static final String FAILURE =
            "select email from person where id = 42 failed in org.skillsmatrix.persistence.Secret (Secret.java:12)";

    @GetMapping("/api/v1/test-only/failure")
    String fail() {
        throw new IllegalStateException(FAILURE);
    }
}
