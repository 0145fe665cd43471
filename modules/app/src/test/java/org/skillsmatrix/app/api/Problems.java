package org.skillsmatrix.app.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/** What every error answer of the API must be: RFC 9457 problem details, and nothing of the implementation. */
final class Problems {

    /** What would give away how the server is built: class names, packages, stack frames, SQL. */
    static final List<Pattern> LEAKS = Stream.of(
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

    private Problems() {}

    /** The answer is problem details with this status; returns them. */
    static Map<String, Object> assertProblem(Answer answer, int status) {
        assertThat(answer.status()).as(answer.describe()).isEqualTo(status);
        assertThat(answer.contentType()).as(answer.describe()).startsWith("application/problem+json");
        var problem = answer.json();
        assertThat(problem).as(answer.describe()).containsEntry("status", status);
        assertThat(problem).as(answer.describe()).containsKeys("type", "title", "detail");
        assertThat(problem.get("detail")).as(answer.describe()).asString().isNotBlank();
        assertNoLeak(answer);
        return problem;
    }

    /** The problem lists these fields in its errors, and only these. */
    @SuppressWarnings("unchecked")
    static List<Map<String, Object>> errors(Map<String, Object> problem) {
        return (List<Map<String, Object>>) problem.getOrDefault("errors", List.of());
    }

    static void assertNoLeak(Answer answer) {
        assertNoLeak(answer, List.of());
    }

    /** No leak, apart from what the request sent, which an answer may quote back. */
    static void assertNoLeak(Answer answer, List<String> sent) {
        var text = answer.text();
        for (var quoted : sent) {
            text = text.replace(quoted, "").replace(quoted.toLowerCase(java.util.Locale.ROOT), "");
            var escaped = Answer.JSON.writeValueAsString(quoted);
            text = text.replace(escaped.substring(1, escaped.length() - 1), "");
            text = text.replace(escaped.substring(1, escaped.length() - 1).toLowerCase(java.util.Locale.ROOT), "");
        }
        for (var leak : LEAKS) {
            assertThat(leak.matcher(text).find())
                    .as("%s gives away %s", answer.describe(), leak)
                    .isFalse();
        }
    }
}
