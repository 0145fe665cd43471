package org.skillsmatrix.app.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.skillsmatrix.app.api.Problems.assertProblem;
import static org.skillsmatrix.app.api.Problems.errors;

import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The catalog and the scale: everyone reads them, admins maintain them, edits name the version they change. */
class CatalogApiIT extends ApiIT {

    @Test
    void everyoneWithARoleReadsTheCategoriesInTheirOrderAPageAtATime() {
        var first = api().as("employee").get("/api/v1/categories?size=5");
        var second = api().as("employee").get("/api/v1/categories?size=5&page=1");

        assertThat(first.status()).as(first.describe()).isEqualTo(200);
        var page = first.json();
        assertThat(page).containsEntry("page", 0).containsEntry("size", 5);
        assertThat(((Number) page.get("totalItems")).intValue()).isGreaterThanOrEqualTo(10);
        assertThat(first.items())
                .hasSize(5)
                .extracting(item -> item.get("position"))
                .containsExactly(1, 2, 3, 4, 5);
        assertThat(second.items()).extracting(item -> item.get("position")).startsWith(6);
    }

    @Test
    void skillsAreFilteredByCategoryAndNameAndSorted() {
        var postgres = skill("PostgreSQL");
        var inCategory = api().as("manager")
                .get("/api/v1/skills?size=200&category=" + postgres.category().value());
        var byName = api().as("manager").get("/api/v1/skills?q=postgres");
        var descending = api().as("manager").get("/api/v1/skills?size=3&sort=name,desc");

        assertThat(inCategory.items())
                .isNotEmpty()
                .allSatisfy(skill -> assertThat(skill.get("category"))
                        .isEqualTo(postgres.category().toString()));
        assertThat(byName.items()).extracting(skill -> skill.get("name")).contains("PostgreSQL");
        var names = descending.items().stream()
                .map(skill -> (String) skill.get("name"))
                .toList();
        assertThat(names).isSortedAccordingTo(String.CASE_INSENSITIVE_ORDER.reversed());
    }

    @Test
    void pagingAndSortingOutsideTheirBoundsAre400NamingTheParameter() {
        var problem = assertProblem(api().as("employee").get("/api/v1/skills?size=201&page=-1&sort=colour"), 400);

        assertThat(errors(problem))
                .extracting(error -> error.get("field"))
                .containsExactlyInAnyOrder("page", "size", "sort");
    }

    @Test
    void aSkillComesWithItsVersionAsETag() {
        var postgres = skill("PostgreSQL");

        var answer = api().as("employee").get("/api/v1/skills/" + postgres.id());

        assertThat(answer.status()).isEqualTo(200);
        assertThat(answer.json())
                .containsEntry("name", "PostgreSQL")
                .containsEntry("retired", false)
                .containsEntry("version", (int) postgres.version());
        assertThat(answer.etag()).isEqualTo("\"" + postgres.version() + "\"");
    }

    @Test
    void anAdminAddsRenamesRetiresAndReinstatesASkillEachEditNamingItsVersion() {
        var admin = api().as("admin");
        var category = activeSkill(0).category().value();
        var name = "Skill " + UUID.randomUUID().toString().substring(0, 8);

        var added = admin.post("/api/v1/skills", Map.of("category", category, "name", name, "description", "New"));
        assertThat(added.status()).as(added.describe()).isEqualTo(201);
        var id = (String) added.json().get("id");
        assertThat(added.header("Location")).isEqualTo("/api/v1/skills/" + id);
        assertThat(added.etag()).isEqualTo("\"0\"");

        var renamed = admin.put(
                "/api/v1/skills/" + id,
                Map.of("category", category, "name", name + " renamed"),
                "If-Match",
                added.etag());
        assertThat(renamed.status()).as(renamed.describe()).isEqualTo(200);
        assertThat(renamed.json()).containsEntry("name", name + " renamed").containsEntry("version", 1);

        var retired = admin.post("/api/v1/skills/" + id + "/retire", "", "If-Match", renamed.etag());
        assertThat(retired.json()).containsEntry("retired", true);
        var reinstated = admin.post("/api/v1/skills/" + id + "/reinstate", "", "If-Match", retired.etag());
        assertThat(reinstated.json()).containsEntry("retired", false).containsEntry("version", 3);
    }

    @Test
    void aStaleEditIs412WithIfMatchAnd409WithTheVersionInTheBodyAndNeitherWrites() {
        var admin = api().as("admin");
        var name = "Category " + UUID.randomUUID().toString().substring(0, 8);
        var added = admin.post("/api/v1/categories", Map.of("name", name));
        var id = (String) added.json().get("id");
        var path = "/api/v1/categories/" + id;
        assertThat(admin.put(path, Map.of("name", name + " 1"), "If-Match", "\"0\"")
                        .status())
                .isEqualTo(200);
        var before = rowCounts();

        var stale = assertProblem(admin.put(path, Map.of("name", name + " 2"), "If-Match", "\"0\""), 412);
        var staleBody = assertProblem(admin.put(path, Map.of("name", name + " 3", "version", 0)), 409);
        var missing = assertProblem(admin.put(path, Map.of("name", name + " 4")), 428);

        assertThat(stale.get("detail")).asString().contains("changed by someone else");
        assertThat(staleBody.get("detail")).asString().contains("changed by someone else");
        for (var lost : List.of(stale, staleBody)) {
            assertThat(lost).containsEntry("changedBy", "Adam Novak");
            assertThat(lost.get("detail")).asString().contains("The last change was made by Adam Novak at ");
            assertThat(lost.get("changedAt")).asString().satisfies(Instant::parse);
        }
        assertThat(missing.get("detail")).asString().contains("If-Match");
        assertThat(rowCounts()).isEqualTo(before);
        assertThat(admin.get(path).json()).containsEntry("name", name + " 1").containsEntry("version", 1);
    }

    @Test
    void aDuplicateNameIs400AtTheField() {
        var problem = assertProblem(api().as("admin").post("/api/v1/categories", Map.of("name", "security ")), 400);

        assertThat(errors(problem))
                .singleElement()
                .satisfies(error -> assertThat(error).containsEntry("field", "name"));
    }

    @Test
    void onlyAdminsMaintainTheCatalog() {
        var body = Map.of("name", "Not for " + UUID.randomUUID());
        var before = rowCounts();

        for (var user : List.of("employee", "manager", "hr")) {
            assertProblem(api().as(user).post("/api/v1/categories", body), 403);
        }
        assertThat(rowCounts()).isEqualTo(before);
    }

    @Test
    void theScaleHasFiveLevelsWhichAnAdminRedescribes() {
        var scale = api().as("employee").get("/api/v1/scale").array();
        assertThat(scale).extracting(level -> level.get("level")).containsExactly(0, 1, 2, 3, 4);
        var awareness = scale.get(1);
        var path = "/api/v1/scale/1";
        var changed = new HashMap<String, Object>(awareness);
        changed.put("descriptor", "Knows what it is and when it matters");

        var answer = api().as("admin").put(path, changed);
        assertThat(answer.status()).as(answer.describe()).isEqualTo(200);
        assertThat(answer.json()).containsEntry("descriptor", "Knows what it is and when it matters");
        assertProblem(api().as("hr").put(path, changed), 403);
        assertProblem(api().as("admin").put("/api/v1/scale/5", changed), 400);

        var restore = new HashMap<String, Object>(awareness);
        restore.put("version", answer.json().get("version"));
        assertThat(api().as("admin").put(path, restore).status()).isEqualTo(200);
    }
}
