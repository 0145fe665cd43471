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
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Assume;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.BeforeContainer;
import org.skillsmatrix.domain.demo.DemoPeople;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.TestContextManager;

/**
 * Generated bad input, thrown at the API of the running application (the context of the other API tests, with real
 * tokens): random and truncated JSON, huge strings, values of the wrong type, SQL and script injection, and CSV files
 * with invalid UTF-8 or mixed line endings. Every one is answered 4xx with problem details, and the database holds
 * exactly the rows it held before.
 */
class BadInputPropertiesIT {

    /** Field names the API knows, so that generated objects sometimes look almost right. */
    private static final List<String> FIELDS = List.of(
            "skill",
            "level",
            "interest",
            "evidence",
            "name",
            "email",
            "active",
            "roleProfile",
            "members",
            "managers",
            "headcount",
            "category",
            "description",
            "expectations",
            "version",
            "descriptor");

    private static final List<String> INJECTIONS = List.of(
            "'; drop table person; --",
            "\" or 1=1 --",
            "1; delete from assessment",
            "' union select email from person --",
            "<script>alert(1)</script>",
            "\"><img src=x onerror=alert(1)>",
            "javascript:alert(1)",
            "${jndi:ldap://example.com/a}",
            "{{7*7}}",
            "../../../../etc/passwd",
            "%00",
            "\u0000",
            "=cmd|' /C calc'!A0",
            "@SUM(1+1)*cmd|' /C calc'!A0");

    private static ApiWorld world;

    /** The application of the API tests, from Spring's test context cache: started once for all of them. */
    @BeforeContainer
    static void application() {
        if (world == null) {
            world = new ApiWorld();
        }
    }

    @Property(tries = 60)
    void randomJsonIsRefusedWithProblemDetails(@ForAll("writes") Write write, @ForAll("randomJson") String body) {
        world.assertRefused(write, body);
    }

    @Property(tries = 60)
    void truncatedJsonIsRefusedWithProblemDetails(@ForAll("writes") Write write, @ForAll("cutAt") double fraction) {
        var whole = write.validBody();
        var cut = whole.substring(0, (int) Math.floor(whole.length() * fraction));

        var answer = world.assertRefused(write, cut);

        assertThat(answer.status()).isEqualTo(400);
    }

    @Property(tries = 40)
    void hugeStringsAreRefusedWithProblemDetails(@ForAll("writes") Write write, @ForAll("hugeStrings") String huge) {
        var body = new LinkedHashMap<String, Object>(write.validFields());
        var field = body.keySet().stream()
                .filter(key -> body.get(key) instanceof String)
                .findFirst();
        body.put(field.orElse("name"), huge);

        world.assertRefused(write, Answer.JSON.writeValueAsString(body));
    }

    @Property(tries = 120)
    void valuesOfTheWrongTypeAreRefusedNamingTheField(
            @ForAll("writes") Write write, @ForAll("wrongTypes") Object wrong, @ForAll int pick) {
        var body = new LinkedHashMap<String, Object>(write.validFields());
        var candidates = body.keySet().stream()
                .filter(field -> (body.get(field) instanceof List) != (wrong instanceof List || wrong instanceof Map))
                .toList();
        Assume.that(!candidates.isEmpty());
        var field = candidates.get(Math.floorMod(pick, candidates.size()));
        body.put(field, wrong);

        var answer = world.assertRefused(write, Answer.JSON.writeValueAsString(body));

        assertThat(answer.status()).as(answer.describe()).isEqualTo(400);
        assertThat(errors(answer.json()))
                .as(answer.describe())
                .extracting(error -> String.valueOf(error.get("field")))
                .anySatisfy(named -> assertThat(named).startsWith(field));
    }

    @Property(tries = 60)
    void injectionStringsAreRefusedWhereverTheyGo(
            @ForAll("injections") String injection, @ForAll("places") Place place) {
        var before = world.counts();

        var answer = place.send(world, injection);

        assertThat(answer.status()).as(answer.describe()).isBetween(400, 499);
        assertThat(answer.contentType()).as(answer.describe()).startsWith("application/problem+json");
        assertThat(answer.json()).as(answer.describe()).containsKeys("type", "title", "status", "detail");
        Problems.assertNoLeak(answer, List.of(injection, injection.strip()));
        assertThat(world.counts())
                .as("nothing written for %s", answer.request())
                .isEqualTo(before);
    }

    @Property(tries = 40)
    void csvWithInvalidUtf8IsRefusedNamingTheLine(
            @ForAll("csvRows") List<String> rows,
            @ForAll("lineEndings") List<String> endings,
            @ForAll("badBytes") byte[] bad) {
        var lines = csvLines(rows);
        int target = 1 + Math.floorMod(bad.length * 31 + rows.size(), lines.size() - 1);
        var file = new ByteArrayOutputStream();
        for (int i = 0; i < lines.size(); i++) {
            file.writeBytes(lines.get(i).getBytes(StandardCharsets.UTF_8));
            if (i == target) {
                file.writeBytes(bad);
            }
            file.writeBytes(endings.get(i % endings.size()).getBytes(StandardCharsets.US_ASCII));
        }

        var answer = world.assertRefusedCsv(file.toByteArray());

        assertThat(errors(answer.json())).singleElement().satisfies(error -> {
            assertThat(error).containsEntry("line", target + 1);
            assertThat(error.get("message")).asString().contains("not UTF-8");
        });
    }

    @Property(tries = 40)
    void csvWithMixedLineEndingsNamesTheRightLines(
            @ForAll("csvRows") List<String> rows, @ForAll("lineEndings") List<String> endings) {
        var lines = csvLines(rows);
        var unknown = new ArrayList<Integer>();
        var file = new StringBuilder();
        for (int i = 0; i < lines.size(); i++) {
            var line = lines.get(i);
            if (i > 0 && i % 3 == 1) {
                line = line.replace("PostgreSQL", "Skill that is not " + UUID.randomUUID());
                unknown.add(i + 1);
            }
            file.append(line).append(endings.get(i % endings.size()));
        }

        var answer = world.assertRefusedCsv(file.toString().getBytes(StandardCharsets.UTF_8));

        assertThat(errors(answer.json())).extracting(error -> error.get("line")).containsExactlyElementsOf(unknown);
    }

    // --- what is generated

    @Provide
    Arbitrary<Write> writes() {
        return Arbitraries.of(Write.values());
    }

    @Provide
    Arbitrary<String> randomJson() {
        Arbitrary<Object> leaf = Arbitraries.oneOf(
                        Arbitraries.strings().ofMaxLength(20).map(Object.class::cast),
                        Arbitraries.integers().map(Object.class::cast),
                        Arbitraries.doubles().map(Object.class::cast),
                        Arbitraries.of(true, false).map(Object.class::cast))
                .injectNull(0.1);
        Arbitrary<Object> json = Arbitraries.recursive(
                () -> leaf,
                inner -> Arbitraries.oneOf(
                        inner.list().ofMaxSize(4).map(Object.class::cast),
                        Arbitraries.maps(
                                        Arbitraries.oneOf(
                                                Arbitraries.of(FIELDS),
                                                Arbitraries.strings().ofMaxLength(8)),
                                        inner)
                                .ofMaxSize(5)
                                .map(Object.class::cast)),
                0,
                3);
        return Arbitraries.oneOf(
                json.map(value -> Answer.JSON.writeValueAsString(value)),
                Arbitraries.strings().ofMaxLength(60),
                Arbitraries.strings().withChars("{}[]\":,").ofMaxLength(30));
    }

    @Provide
    Arbitrary<Double> cutAt() {
        return Arbitraries.doubles().between(0.0, 0.98);
    }

    @Provide
    Arbitrary<String> hugeStrings() {
        return Arbitraries.integers()
                .between(3_000, 2_000_000)
                .flatMap(length -> Arbitraries.of('x', 'é', '\u2603', ' ')
                        .map(c -> String.valueOf(c).repeat(length)));
    }

    @Provide
    Arbitrary<Object> wrongTypes() {
        return Arbitraries.oneOf(
                Arbitraries.of(List.of(1, 2), Map.of("nested", "object"), List.of(), Map.of())
                        .map(Object.class::cast),
                Arbitraries.of("not-a-number", "", "3.5e999", "NaN").map(Object.class::cast),
                Arbitraries.of(-1, 5, Integer.MAX_VALUE, Long.MAX_VALUE, -999_999_999)
                        .map(Object.class::cast),
                Arbitraries.of(1.5, -0.1, 1e308).map(Object.class::cast),
                Arbitraries.of(true, false).map(Object.class::cast));
    }

    @Provide
    Arbitrary<String> injections() {
        return Arbitraries.oneOf(
                Arbitraries.of(INJECTIONS),
                Combinators.combine(
                                Arbitraries.of(INJECTIONS),
                                Arbitraries.strings().alpha().ofMaxLength(5))
                        .as((injection, noise) -> noise + injection + noise));
    }

    @Provide
    Arbitrary<Place> places() {
        return Arbitraries.of(Place.values());
    }

    /** Valid rows of ratings, each at its own minute. */
    @Provide
    Arbitrary<List<String>> csvRows() {
        return Arbitraries.integers()
                .between(0, 4)
                .list()
                .ofMinSize(2)
                .ofMaxSize(12)
                .map(levels -> {
                    var rows = new ArrayList<String>();
                    for (int i = 0; i < levels.size(); i++) {
                        rows.add(String.format(
                                java.util.Locale.ROOT,
                                "%s,PostgreSQL,%d,self,2025-01-0%dT0%d:%02d:00Z,neutral,,",
                                DemoPeople.EMPLOYEE,
                                levels.get(i),
                                1 + levels.get(i),
                                levels.get(i),
                                i));
                    }
                    return rows;
                });
    }

    @Provide
    Arbitrary<List<String>> lineEndings() {
        return Arbitraries.of("\r\n", "\n", "\r").list().ofMinSize(1).ofMaxSize(6);
    }

    @Provide
    Arbitrary<byte[]> badBytes() {
        return Arbitraries.of(
                new byte[] {(byte) 0xFF},
                new byte[] {(byte) 0xC3},
                new byte[] {(byte) 0xE4, 0x41},
                new byte[] {(byte) 0xED, (byte) 0xA0, (byte) 0x80},
                new byte[] {(byte) 0xF8, (byte) 0x88, (byte) 0x80, (byte) 0x80, (byte) 0x80},
                new byte[] {(byte) 0x80});
    }

    private static List<String> csvLines(List<String> rows) {
        var lines = new ArrayList<String>();
        lines.add("email,skill,level,source,assessed_at,interest,assessor,evidence");
        lines.addAll(rows);
        return lines;
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

        Answer send(ApiWorld world, String injection) {
            var encoded = java.net.URLEncoder.encode(injection, StandardCharsets.UTF_8);
            return switch (this) {
                case SKILL_ID -> world.api().as("employee").get("/api/v1/skills/" + pathSegment(injection));
                case SORT -> world.api().as("hr").get("/api/v1/people?sort=" + encoded);
                case SEARCH_SKILL -> world.api().as("manager").get("/api/v1/people/search?skill=" + encoded);
                case INTEREST ->
                    world.api()
                            .as("employee")
                            .post(
                                    "/api/v1/me/assessments",
                                    Map.of("skill", world.names().get("{skill}"), "level", 1, "interest", injection));
                case EMAIL ->
                    world.api().as("hr").post("/api/v1/people", Map.of("name", "Injected", "email", injection));
                case IF_MATCH ->
                    world.api()
                            .as("manager")
                            .put(
                                    world.path("/teams/{ownTeam}/targets/{skill}"),
                                    Map.of("level", 3, "headcount", 2),
                                    "If-Match",
                                    injection.replaceAll("[\\x00-\\x1f]", "?"));
                case REPORT_FORMAT -> world.api().as("hr").get("/api/v1/reports/organisation-gaps?format=" + encoded);
                case CSV_CELL ->
                    world.api()
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

    /** The running application of the API tests, and what the properties need of it. */
    static final class ApiWorld {

        private final ApplicationContext context;
        private final JdbcTemplate jdbc;
        private final ApiClient api;
        private final Map<String, String> names;

        ApiWorld() {
            var manager = new TestContextManager(Context.class);
            context = manager.getTestContext().getApplicationContext();
            jdbc = context.getBean(JdbcTemplate.class);
            api = new ApiClient("http://localhost:" + context.getEnvironment().getProperty("local.server.port"));
            var helper = context.getAutowireCapableBeanFactory().createBean(Context.class);
            names = helper.names();
            List.of("employee", "manager", "hr", "admin")
                    .forEach(user -> api.as(user).get("/api/v1/me"));
        }

        ApiClient api() {
            return api;
        }

        Map<String, String> names() {
            return names;
        }

        String path(String template) {
            var path = "/api/v1" + template;
            for (var name : names.entrySet()) {
                path = path.replace(name.getKey(), name.getValue());
            }
            return path;
        }

        Answer assertRefused(Write write, String body) {
            var before = counts();
            var answer = api.as(write.user)
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

        Answer assertRefusedCsv(byte[] file) {
            var before = counts();
            var answer = api.as("hr")
                    .send(
                            "POST",
                            "/api/v1/imports/assessments",
                            HttpRequest.BodyPublishers.ofByteArray(file),
                            "text/csv");
            assertProblem(answer, 400);
            assertThat(counts()).as("nothing written for %s", answer.request()).isEqualTo(before);
            return answer;
        }

        Map<String, Long> counts() {
            var counts = new LinkedHashMap<String, Long>();
            for (var table : ApiIT.TABLES) {
                counts.put(table, jdbc.queryForObject("select count(*) from " + table, Long.class));
            }
            return counts;
        }
    }

    /** Stands for the API tests' configuration, so that Spring hands out their cached application context. */
    static final class Context extends ApiIT {

        Map<String, String> names() {
            var profile = jdbc.queryForObject("select id from role_profile order by name limit 1", UUID.class);
            var postgres = skill("PostgreSQL");
            return Map.of(
                    "{category}", postgres.category().toString(),
                    "{skill}", postgres.id().toString(),
                    "{profile}", String.valueOf(profile),
                    "{own}", employeeId().toString(),
                    "{ownTeam}", payments().id().toString());
        }
    }
}
