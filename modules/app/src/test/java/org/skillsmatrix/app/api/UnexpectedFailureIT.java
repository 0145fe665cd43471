package org.skillsmatrix.app.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.skillsmatrix.app.api.Problems.assertProblem;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.context.annotation.Import;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * A failure nobody foresaw, through the whole stack — the security filters, the dispatcher, the API's error
 * handling: the caller gets 500 problem details naming an error id and nothing of the failure; the log holds the
 * failure under that id. The failure comes from an endpoint of this test's own, the one way to make a sound
 * application fail on purpose.
 */
@ExtendWith(OutputCaptureExtension.class)
@Import(UnexpectedFailureIT.Failing.class)
class UnexpectedFailureIT extends ApiIT {

    /** What a careless failure would give away: SQL, a class name, a file. */
    static final String FAILURE =
            "select email from person where id = 42 failed in org.skillsmatrix.persistence.Secret (Secret.java:12)";

    @RestController
    static class Failing {

        @GetMapping("/api/v1/test-only/failure")
        String fail() {
            throw new IllegalStateException(FAILURE);
        }
    }

    @Test
    void isA500NamingTheErrorIdAndNothingElse(CapturedOutput log) {
        var answer = api().as("employee").get("/api/v1/test-only/failure");

        var problem = assertProblem(answer, 500);
        var id = String.valueOf(problem.get("errorId"));
        assertThat(id).matches("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}");
        assertThat(problem.get("detail")).asString().contains(id);
        assertThat(answer.text()).doesNotContain("Secret", "person", "IllegalStateException");
        assertThat(log.getOut() + log.getErr())
                .contains("Error " + id + " answering GET /api/v1/test-only/failure")
                .contains(FAILURE);
    }

    @Test
    void isRefusedLikeAnyOtherPathToThoseNotSignedIn() {
        assertProblem(api().anonymous().get("/api/v1/test-only/failure"), 401);
    }
}
