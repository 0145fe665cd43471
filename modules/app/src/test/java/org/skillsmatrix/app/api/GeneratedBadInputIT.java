package org.skillsmatrix.app.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.skillsmatrix.app.api.Problems.assertProblem;
import static org.skillsmatrix.app.api.Problems.errors;

import java.io.ByteArrayOutputStream;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.function.Executable;
import org.skillsmatrix.demo.DemoPeople;

/**
 * Generated bad input, thrown at the API of the running application (the context of the other API tests, with real
 * tokens): random and truncated JSON, huge strings, values of the wrong type, SQL and script injection, and CSV files
 * with invalid UTF-8 or mixed line endings, drawn from {@link BadInput}'s seeded source. Every one is answered 4xx
 * with problem details, and the database holds exactly the rows it held before. Each case is named by what it sends,
 * and a run is repeated by its seed.
 */
class GeneratedBadInputIT extends ApiIT {

    private @Nullable Map<String, String> names;

    @TestFactory
    Stream<DynamicTest> randomJsonIsRefusedWithProblemDetails() {
        var input = BadInput.of("random JSON");
        return cases(60, i -> {
            var write = input.oneOf(Write.values());
            var body = input.json();
            return named(write + " " + body, () -> assertRefused(write, body));
        });
    }

    @TestFactory
    Stream<DynamicTest> truncatedJsonIsRefusedWithProblemDetails() {
        var input = BadInput.of("truncated JSON");
        return cases(60, i -> {
            var write = input.oneOf(Write.values());
            var whole = write.validBody();
            var cut = whole.substring(0, (int) Math.floor(whole.length() * input.fraction(0.98)));
            return named(
                    write + " " + cut,
                    () -> assertThat(assertRefused(write, cut).status()).isEqualTo(400));
        });
    }

    @TestFactory
    Stream<DynamicTest> hugeStringsAreRefusedWithProblemDetails() {
        var input = BadInput.of("huge strings");
        return cases(40, i -> {
            var write = input.oneOf(Write.values());
            var huge = input.huge();
            var body = new LinkedHashMap<String, Object>(write.validFields());
            var field = body.keySet().stream()
                    .filter(key -> body.get(key) instanceof String)
                    .findFirst()
                    .orElse("name");
            body.put(field, huge);
            return named(
                    write + " " + field + " of " + huge.length() + " × " + huge.charAt(0),
                    () -> assertRefused(write, Answer.JSON.writeValueAsString(body)));
        });
    }

    @TestFactory
    Stream<DynamicTest> valuesOfTheWrongTypeAreRefusedNamingTheField() {
        var input = BadInput.of("wrong types");
        return cases(120, i -> {
            var write = input.oneOf(Write.values());
            var body = new LinkedHashMap<String, Object>(write.validFields());
            Object wrong;
            List<String> candidates;
            do {
                var drawn = input.wrongType();
                wrong = drawn;
                // a list where a list belongs, or a scalar where a scalar belongs, is not of the wrong type
                candidates = body.keySet().stream()
                        .filter(field ->
                                (body.get(field) instanceof List) != (drawn instanceof List || drawn instanceof Map))
                        .toList();
            } while (candidates.isEmpty());
            var field = input.oneOf(candidates);
            body.put(field, wrong);
            return named(write + " " + field + " = " + Answer.JSON.writeValueAsString(wrong), () -> {
                var answer = assertRefused(write, Answer.JSON.writeValueAsString(body));
                assertThat(answer.status()).as(answer.describe()).isEqualTo(400);
                assertThat(errors(answer.json()))
                        .as(answer.describe())
                        .extracting(error -> String.valueOf(error.get("field")))
                        .anySatisfy(named -> assertThat(named).startsWith(field));
            });
        });
    }

    @TestFactory
    Stream<DynamicTest> injectionStringsAreRefusedWhereverTheyGo() {
        var input = BadInput.of("injections");
        return cases(60, i -> {
            var injection = input.injection();
            var place = input.oneOf(Place.values());
            return named(place + " " + injection, () -> {
                var before = counts();
                var answer = place.send(this, injection);
                assertThat(answer.status()).as(answer.describe()).isBetween(400, 499);
                assertThat(answer.contentType()).as(answer.describe()).startsWith("application/problem+json");
                assertThat(answer.json()).as(answer.describe()).containsKeys("type", "title", "status", "detail");
                Problems.assertNoLeak(answer, List.of(injection, injection.strip()));
                assertThat(counts())
                        .as("nothing written for %s", answer.request())
                        .isEqualTo(before);
            });
        });
    }

    @TestFactory
    Stream<DynamicTest> csvWithInvalidUtf8IsRefusedNamingTheLine() {
        var input = BadInput.of("invalid UTF-8");
        return cases(40, i -> {
            var lines = csvLines(input.ratingRows());
            var endings = input.lineEndings();
            var bad = input.invalidUtf8();
            int target = input.between(1, lines.size() - 1);
            var file = new ByteArrayOutputStream();
            for (int line = 0; line < lines.size(); line++) {
                file.writeBytes(lines.get(line).getBytes(StandardCharsets.UTF_8));
                if (line == target) {
                    file.writeBytes(bad);
                }
                file.writeBytes(endings.get(line % endings.size()).getBytes(StandardCharsets.US_ASCII));
            }
            return named(lines.size() + " lines, bad bytes on line " + (target + 1), () -> {
                var answer = assertRefusedCsv(file.toByteArray());
                assertThat(errors(answer.json())).singleElement().satisfies(error -> {
                    assertThat(error).containsEntry("line", target + 1);
                    assertThat(error.get("message")).asString().contains("not UTF-8");
                });
            });
        });
    }

    @TestFactory
    Stream<DynamicTest> csvWithMixedLineEndingsNamesTheRightLines() {
        var input = BadInput.of("mixed line endings");
        return cases(40, i -> {
            var lines = csvLines(input.ratingRows());
            var endings = input.lineEndings();
            var unknown = new ArrayList<Integer>();
            var file = new StringBuilder();
            for (int line = 0; line < lines.size(); line++) {
                var text = lines.get(line);
                if (line > 0 && line % 3 == 1) {
                    text = text.replace("PostgreSQL", "Skill that is not " + UUID.randomUUID());
                    unknown.add(line + 1);
                }
                file.append(text).append(endings.get(line % endings.size()));
            }
            return named(
                    lines.size() + " lines ended by "
                            + endings.stream().map(BadInput::visible).toList(),
                    () -> {
                        var answer = assertRefusedCsv(file.toString().getBytes(StandardCharsets.UTF_8));
                        assertThat(errors(answer.json()))
                                .extracting(error -> error.get("line"))
                                .containsExactlyElementsOf(unknown);
                    });
        });
    }

    // --- running the cases

    /** The cases, drawn in order when the test engine asks for them. */
    private static Stream<DynamicTest> cases(int count, Function<Integer, DynamicTest> draw) {
        return IntStream.rangeClosed(1, count).boxed().map(draw);
    }

    private static DynamicTest named(String what, Executable check) {
        var shown = BadInput.visible(what);
        return DynamicTest.dynamicTest(shown.length() > 100 ? shown.substring(0, 100) + "…" : shown, check);
    }

    private static List<String> csvLines(List<String> rows) {
        var lines = new ArrayList<String>();
        lines.add("email,skill,level,source,assessed_at,interest,assessor,evidence");
        lines.addAll(rows);
        return lines;
    }

    /** The ids the paths name, read once per test class instance: the demo organisation does not change. */
    Map<String, String> names() {
        if (names == null) {
            names = readNames();
        }
        return names;
    }

    private Map<String, String> readNames() {
        var profile = jdbc.queryForObject("select id from role_profile order by name limit 1", UUID.class);
        var postgres = skill("PostgreSQL");
        return Map.of(
                "{category}", postgres.category().toString(),
                "{skill}", postgres.id().toString(),
                "{profile}", String.valueOf(profile),
                "{own}", employeeId().toString(),
                "{ownTeam}", payments().id().toString());
    }

    String path(String template) {
        var path = "/api/v1" + template;
        for (var name : names().entrySet()) {
            path = path.replace(name.getKey(), name.getValue());
        }
        return path;
    }

    private Answer assertRefused(Write write, String body) {
        var before = counts();
        var answer = api().as(write.user)
                .send(
                        write.method,
                        path(write.path),
                        HttpRequest.BodyPublishers.ofString(body),
                        "application/json",
                        write.headers());
        assertThat(answer.status()).as(answer.describe()).isBetween(400, 499);
        assertProblem(answer, answer.status());
        assertThat(counts()).as("nothing written for %s", answer.request()).isEqualTo(before);
        return answer;
    }

    private Answer assertRefusedCsv(byte[] file) {
        var before = counts();
        var answer = api().as("hr")
                .send("POST", "/api/v1/imports/assessments", HttpRequest.BodyPublishers.ofByteArray(file), "text/csv");
        assertProblem(answer, 400);
        assertThat(counts()).as("nothing written for %s", answer.request()).isEqualTo(before);
        return answer;
    }

    private Map<String, Long> counts() {
        var counts = new LinkedHashMap<String, Long>();
        for (var table : TABLES) {
            counts.put(table, jdbc.queryForObject("select count(*) from " + table, Long.class));
        }
        return counts;
    }

    /** Requests that write, each by a user who could make it, and each with a body that would almost do. */
    enum Write {
        SELF_RATING("employee", "POST", "/me/assessments", false),
        MANAGER_RATING("manager", "POST", "/people/{own}/assessments", false),
        TARGET("manager", "PUT", "/teams/{ownTeam}/targets/{skill}", true),
        PERSON("hr", "PUT", "/people/{own}", true),
        TEAM("hr", "PUT", "/teams/{ownTeam}", true),
        CATEGORY("admin", "PUT", "/categories/{category}", true),
        ROLE_PROFILE("admin", "PUT", "/role-profiles/{profile}", true);

        /** A version no resource has: edits name it in If-Match, so that none can succeed. */
        static final long STALE = 999_999;

        final String user;
        final String method;
        final String path;
        final boolean versioned;

        Write(String user, String method, String path, boolean versioned) {
            this.user = user;
            this.method = method;
            this.path = path;
            this.versioned = versioned;
        }

        String[] headers() {
            return versioned ? new String[] {"If-Match", "\"" + STALE + "\""} : new String[0];
        }

        /**
         * The fields of a body that passes the request's own checks yet writes nothing: an unknown skill for
         * ratings, a stale version for edits.
         */
        Map<String, Object> validFields() {
            var fields = new LinkedHashMap<String, Object>();
            switch (this) {
                case SELF_RATING -> {
                    fields.put("skill", UUID.randomUUID().toString());
                    fields.put("level", 3);
                    fields.put("interest", "NEUTRAL");
                    fields.put("evidence", "Generated");
                }
                case MANAGER_RATING -> {
                    fields.put("skill", UUID.randomUUID().toString());
                    fields.put("level", 2);
                    fields.put("evidence", "Generated");
                }
                case TARGET -> {
                    fields.put("level", 3);
                    fields.put("headcount", 2);
                    fields.put("version", STALE);
                }
                case PERSON -> {
                    fields.put("name", "Noah Fischer");
                    fields.put("email", DemoPeople.EMPLOYEE);
                    fields.put("active", true);
                    fields.put("version", STALE);
                }
                case TEAM -> {
                    fields.put("name", "Payments");
                    fields.put("members", List.of());
                    fields.put("managers", List.of());
                    fields.put("version", STALE);
                }
                case CATEGORY -> {
                    fields.put("name", "Security");
                    fields.put("description", "Generated");
                    fields.put("version", STALE);
                }
                case ROLE_PROFILE -> {
                    fields.put("name", "Generated " + UUID.randomUUID());
                    fields.put("expectations", List.of());
                    fields.put("version", STALE);
                }
            }
            return fields;
        }

        String validBody() {
            return Answer.JSON.writeValueAsString(validFields());
        }
    }

    /** Where an injection string goes: into ids, parameters, enums, headers and file cells. */
    enum Place {
        SKILL_ID,
        SORT,
        SEARCH_SKILL,
        INTEREST,
        EMAIL,
        IF_MATCH,
        REPORT_FORMAT,
        CSV_CELL;

        Answer send(GeneratedBadInputIT test, String injection) {
            var encoded = java.net.URLEncoder.encode(injection, StandardCharsets.UTF_8);
            return switch (this) {
                case SKILL_ID -> test.api().as("employee").get("/api/v1/skills/" + pathSegment(injection));
                case SORT -> test.api().as("hr").get("/api/v1/people?sort=" + encoded);
                case SEARCH_SKILL -> test.api().as("manager").get("/api/v1/people/search?skill=" + encoded);
                case INTEREST ->
                    test.api()
                            .as("employee")
                            .post(
                                    "/api/v1/me/assessments",
                                    Map.of("skill", test.names().get("{skill}"), "level", 1, "interest", injection));
                case EMAIL ->
                    test.api().as("hr").post("/api/v1/people", Map.of("name", "Injected", "email", injection));
                case IF_MATCH ->
                    test.api()
                            .as("manager")
                            .put(
                                    test.path("/teams/{ownTeam}/targets/{skill}"),
                                    Map.of("level", 3, "headcount", 2),
                                    "If-Match",
                                    injection.replaceAll("[\\x00-\\x1f]", "?"));
                case REPORT_FORMAT -> test.api().as("hr").get("/api/v1/reports/organisation-gaps?format=" + encoded);
                case CSV_CELL ->
                    test.api()
                            .as("hr")
                            .send(
                                    "POST",
                                    "/api/v1/imports/assessments",
                                    HttpRequest.BodyPublishers.ofString(
                                            "email,skill,level,source,assessed_at,interest\n" + DemoPeople.EMPLOYEE
                                                    + ",\"" + injection.replace("\"", "\"\"")
                                                    + "\",3,self,2025-01-01,neutral\n"),
                                    "text/csv");
            };
        }
    }

    /**
     * The injection as one path segment: without slashes, which would make it several, and without control
     * characters, percent-encoded. (The web server refuses an encoded slash, backslash or NUL in a path on its own,
     * before the application sees the request.)
     */
    static String pathSegment(String injection) {
        var kept = injection.replace("/", "").replace("\\", "").replaceAll("[\\x00-\\x1f]", "");
        return java.net.URLEncoder.encode(kept.isEmpty() ? "x" : kept, StandardCharsets.UTF_8)
                .replace("+", "%20");
    }
}
