package org.skillsmatrix.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.skillsmatrix.api.testing.ProblemDetails.assertProblem;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.skillsmatrix.domain.testing.TestOrganisation;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.test.web.servlet.MockMvc;

/**
 * A failure nobody foresaw, through the dispatcher and the API's error handling: the caller gets 500 problem
 * details naming an error id and nothing of the failure; the log holds the failure under that id. The failure
 * comes from an endpoint of the tests' own ({@link FailingOnPurpose}), the one way to make a sound API fail. (That the path is
 * refused to those not signed in, like any other, is tested on the whole application: ApiErrorsIT.)
 */
@WebMvcTest
@ExtendWith(OutputCaptureExtension.class)
class UnexpectedFailureControllerTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    SmallOrganisation small;

    @Autowired
    TestCaller caller;

    @Test
    void isA500NamingTheErrorIdAndNothingElse(CapturedOutput log) throws Exception {
        caller.signIn(small.employee, TestOrganisation.employee(small.employee));

        var answer = mvc.perform(get("/api/v1/test-only/failure")).andReturn();

        var problem = assertProblem(answer, 500);
        var id = String.valueOf(problem.get("errorId"));
        assertThat(id).matches("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}");
        assertThat(problem.get("detail")).asString().contains(id);
        assertThat(answer.getResponse().getContentAsString())
                .doesNotContain("Secret", "person", "IllegalStateException");
        assertThat(log.getOut() + log.getErr())
                .contains("Error " + id + " answering GET /api/v1/test-only/failure")
                .contains(FailingOnPurpose.FAILURE);
    }
}
