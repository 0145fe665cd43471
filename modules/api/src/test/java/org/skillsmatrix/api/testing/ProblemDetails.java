package org.skillsmatrix.api.testing;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;
import org.springframework.test.web.servlet.MvcResult;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * What every error answer of the API must be: RFC 9457 problem details, and nothing of the implementation. The
 * controller tests check answers of Spring MVC's test support, the application's tests answers over HTTP, both here.
 */
public final class ProblemDetails {

    /** What would give away how the server is built: class names, packages, stack frames, SQL. */
    private static final List<Pattern> LEAKS = Stream.of(
                    "(?i)exception",
                    "\\borg\\.[a-z]",
                    "\\bjava\\.[a-z]",
                    "\\bjakarta\\.[a-z]",
                    "tools\\.jackson",
                    "\\tat ",
                    "\\.java:\\d",
                    "(?<![A-Za-z])P?SQL",
                    "(?i)\\bselect\\s.*\\sfrom\\b",
                    "(?i)\\binsert into\\b",
                    "(?i)hibernate",
                    "Caused by",
                    "(?i)\\bsqlstate\\b")
            .map(Pattern::compile)
            .toList();

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private ProblemDetails() {}

    /** The answer of Spring MVC's test support is problem details with this status and no leak; returns them. */
    public static Map<String, Object> assertProblem(MvcResult answer, int status) throws Exception {
        var response = answer.getResponse();
        var text = response.getContentAsString(StandardCharsets.UTF_8);
        var describe = answer.getRequest().getMethod() + " "
                + answer.getRequest().getRequestURI() + " -> " + response.getStatus() + " " + text;
        return assertProblem(response.getStatus(), response.getContentType(), text, describe, status);
    }

    /**
     * An answer is problem details with the expected status and no leak; returns them.
     *
     * @param describe the request and the answer, for the assertions' messages
     */
    public static Map<String, Object> assertProblem(
            int actualStatus, @Nullable String contentType, String text, String describe, int status) {
        assertThat(actualStatus).as(describe).isEqualTo(status);
        assertThat(contentType).as(describe).startsWith("application/problem+json");
        Map<String, Object> problem = JSON.readValue(text, new TypeReference<Map<String, Object>>() {});
        assertThat(problem).as(describe).containsEntry("status", status);
        assertThat(problem).as(describe).containsKeys("type", "title", "detail");
        assertThat(problem.get("detail")).as(describe).asString().isNotBlank();
        assertNoLeak(text, describe);
        return problem;
    }

    /** The text gives nothing of the implementation away. */
    public static void assertNoLeak(String text, String describe) {
        for (var leak : LEAKS) {
            assertThat(leak.matcher(text).find())
                    .as("%s gives away %s", describe, leak)
                    .isFalse();
        }
    }

    /** The fields the problem names in its errors. */
    @SuppressWarnings("unchecked")
    public static List<Map<String, Object>> errors(Map<String, Object> problem) {
        return (List<Map<String, Object>>) problem.getOrDefault("errors", List.of());
    }
}
