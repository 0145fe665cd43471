package org.skillsmatrix.app.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.skillsmatrix.app.api.Problems.assertProblem;
import static org.skillsmatrix.app.api.Problems.errors;

import java.net.http.HttpRequest;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.skillsmatrix.demo.DemoPeople;

/**
 * Every text the API takes, in bodies and in imported files, is checked the same way: a control character (NUL
 * first, which PostgreSQL cannot store) is refused at its field, an invisible or direction-changing character in a
 * name or an e-mail too, and nothing is written; a name is kept in Unicode's composed form.
 */
class TextInputIT extends ApiIT {

    private static final String NUL = "Ran\u0000it";
    private static final String ESCAPE = "Ran\u001b[2Jit";

    @TestFactory
    Stream<DynamicTest> aControlCharacterInAnyTextIsRefusedAtItsField() {
        return Stream.of(NUL, ESCAPE)
                .flatMap(text -> Stream.of(
                        refused(
                                "self-rating evidence",
                                "employee",
                                "/api/v1/me/assessments",
                                "evidence",
                                () -> Map.of(
                                        "skill",
                                        activeSkill(2).id().value(),
                                        "level",
                                        2,
                                        "interest",
                                        "NEUTRAL",
                                        "evidence",
                                        text)),
                        refused(
                                "manager-rating evidence",
                                "manager",
                                "/api/v1/people/" + employeeId() + "/assessments",
                                "evidence",
                                () -> Map.of("skill", activeSkill(2).id().value(), "level", 2, "evidence", text)),
                        refused(
                                "category description",
                                "admin",
                                "/api/v1/categories",
                                "description",
                                () -> Map.of("name", unique("Category"), "description", text)),
                        refused(
                                "skill description",
                                "admin",
                                "/api/v1/skills",
                                "description",
                                () -> Map.of(
                                        "category",
                                        skill("PostgreSQL").category().value(),
                                        "name",
                                        unique("Skill"),
                                        "description",
                                        text)),
                        refused(
                                "skill name",
                                "admin",
                                "/api/v1/skills",
                                "name",
                                () -> Map.of(
                                        "category",
                                        skill("PostgreSQL").category().value(),
                                        "name",
                                        unique(text))),
                        refused(
                                "person name",
                                "hr",
                                "/api/v1/people",
                                "name",
                                () -> Map.of("name", text, "email", "ada." + shortId() + "@example.com")),
                        refused(
                                "team name",
                                "hr",
                                "/api/v1/teams",
                                "name",
                                () -> Map.of("name", unique(text), "members", List.of(), "managers", List.of())),
                        refused(
                                "role profile name",
                                "admin",
                                "/api/v1/role-profiles",
                                "name",
                                () -> Map.of("name", unique(text), "expectations", List.of()))));
    }

    @TestFactory
    Stream<DynamicTest> anInvisibleOrDirectionChangingCharacterInANameOrAnEmailIsRefused() {
        return Stream.of("Ada\u200BLovelace", "Ada \u202Eecalevol", "Ada\u2066Lovelace\u2069", "\uFEFFAda Lovelace")
                .flatMap(name -> Stream.of(
                        refused(
                                "person name " + BadInput.visible(name),
                                "hr",
                                "/api/v1/people",
                                "name",
                                () -> Map.of("name", name, "email", "ada." + shortId() + "@example.com")),
                        refused(
                                "e-mail " + BadInput.visible(name),
                                "hr",
                                "/api/v1/people",
                                "email",
                                () -> Map.of(
                                        "name",
                                        "Ada Lovelace",
                                        "email",
                                        name.replace(" ", "") + "." + shortId() + "@example.com")),
                        refused(
                                "team name " + BadInput.visible(name),
                                "hr",
                                "/api/v1/teams",
                                "name",
                                () -> Map.of("name", unique(name), "members", List.of(), "managers", List.of()))));
    }

    @Test
    void aControlCharacterInTheEvidenceOfAnImportedRatingIsAProblemOfItsLine() {
        var file = "email,skill,level,source,assessed_at,interest,assessor,evidence\n"
                + DemoPeople.EMPLOYEE + ",PostgreSQL,3,self,2025-01-12,neutral,,Fine\n"
                + DemoPeople.EMPLOYEE + ",PostgreSQL,3,self,2025-01-13,neutral,," + NUL + "\n";
        var before = rowCounts();

        var answer = api().as("hr")
                .send("POST", "/api/v1/imports/assessments", HttpRequest.BodyPublishers.ofString(file), "text/csv");

        assertThat(errors(assertProblem(answer, 400)))
                .singleElement()
                .satisfies(error -> assertThat(error)
                        .containsEntry("line", 3)
                        .containsEntry("field", "evidence")
                        .containsEntry("message", "The value must not contain control characters"));
        assertThat(rowCounts()).isEqualTo(before);
    }

    @Test
    void aNameIsKeptInComposedForm() {
        var email = "jose." + shortId() + "@example.com";

        var added = api().as("hr").post("/api/v1/people", Map.of("name", "Jose\u0301 Mu\u0308ller", "email", email));

        assertThat(added.status()).as(added.describe()).isEqualTo(201);
        assertThat(added.json()).containsEntry("name", "Jos\u00e9 M\u00fcller");
        assertThat(jdbc.queryForObject("select name from person where email = ?", String.class, email))
                .isEqualTo("Jos\u00e9 M\u00fcller");
    }

    private DynamicTest refused(
            String what, String user, String path, String field, java.util.function.Supplier<Map<String, ?>> body) {
        return DynamicTest.dynamicTest(BadInput.visible(what + " " + body.get()), () -> {
            var before = rowCounts();

            var answer = api().as(user).post(path, body.get());

            assertThat(errors(assertProblem(answer, 400)))
                    .as(answer.describe())
                    .singleElement()
                    .satisfies(error -> assertThat(error).containsEntry("field", field));
            assertThat(rowCounts())
                    .as("nothing written for %s", answer.request())
                    .isEqualTo(before);
        });
    }

    private static String unique(String prefix) {
        return prefix + " " + shortId();
    }

    private static String shortId() {
        return UUID.randomUUID().toString().substring(0, 8);
    }
}
