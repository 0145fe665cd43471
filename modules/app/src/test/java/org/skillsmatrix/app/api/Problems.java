package org.skillsmatrix.app.api;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.skillsmatrix.api.testing.ProblemDetails;

/** {@link ProblemDetails}' checks on what the API answered over HTTP. */
final class Problems {

    private Problems() {}

    /** The answer is problem details with this status and no leak; returns them. */
    static Map<String, Object> assertProblem(Answer answer, int status) {
        return ProblemDetails.assertProblem(
                answer.status(), answer.contentType(), answer.text(), answer.describe(), status);
    }

    /** The fields the problem names in its errors. */
    static List<Map<String, Object>> errors(Map<String, Object> problem) {
        return ProblemDetails.errors(problem);
    }

    static void assertNoLeak(Answer answer) {
        assertNoLeak(answer, List.of());
    }

    /** No leak, apart from what the request sent, which an answer may quote back. */
    static void assertNoLeak(Answer answer, List<String> sent) {
        var text = answer.text();
        for (var quoted : sent) {
            text = text.replace(quoted, "").replace(quoted.toLowerCase(Locale.ROOT), "");
            var escaped = Answer.JSON.writeValueAsString(quoted);
            text = text.replace(escaped.substring(1, escaped.length() - 1), "");
            text = text.replace(escaped.substring(1, escaped.length() - 1).toLowerCase(Locale.ROOT), "");
        }
        ProblemDetails.assertNoLeak(text, answer.describe());
    }
}
