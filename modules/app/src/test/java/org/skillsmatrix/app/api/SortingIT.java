package org.skillsmatrix.app.api;

import static java.util.Comparator.comparing;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Every sortable key of every list of the API, both ways, on the demo organisation: {@code ,asc} puts the smallest,
 * earliest, weakest or least at risk first, {@code ,desc} the opposite, and the key alone sorts the way the
 * operation says it usually does.
 */
class SortingIT extends ApiIT {

    private enum Usual {
        ASC,
        DESC
    }

    @TestFactory
    Stream<DynamicTest> everyKeyOfEveryListSortsBothWays() {
        var skillOrder = skillOrder();
        var employee = "/api/v1/people/" + employeeId();
        return Stream.of(
                        key("employee", "/api/v1/me/assessments", "assessedAt", instant("assessedAt"), Usual.DESC),
                        key("employee", "/api/v1/me/assessments", "level", number("level"), Usual.ASC),
                        key("manager", employee + "/assessments", "assessedAt", instant("assessedAt"), Usual.DESC),
                        key("manager", employee + "/assessments", "level", number("level"), Usual.ASC),
                        key("employee", "/api/v1/categories", "position", number("position"), Usual.ASC),
                        key("employee", "/api/v1/categories", "name", text("name"), Usual.ASC),
                        key("employee", "/api/v1/skills", "name", text("name"), Usual.ASC),
                        key(
                                "employee",
                                "/api/v1/skills",
                                "position",
                                comparing(item -> skillOrder.get(item.get("id"))),
                                Usual.ASC),
                        key("hr", "/api/v1/teams", "name", text("name"), Usual.ASC),
                        key(
                                "manager",
                                "/api/v1/teams/" + payments().id() + "/targets",
                                "skill",
                                comparing(item -> skillOrder.get(item.get("skill"))),
                                Usual.ASC),
                        key(
                                "manager",
                                "/api/v1/teams/" + payments().id() + "/targets",
                                "level",
                                number("level"),
                                Usual.ASC),
                        key(
                                "manager",
                                "/api/v1/teams/" + payments().id() + "/targets",
                                "headcount",
                                number("headcount"),
                                Usual.ASC),
                        key("admin", "/api/v1/role-profiles", "name", text("name"), Usual.ASC),
                        key(
                                "hr",
                                "/api/v1/organisation/gaps",
                                "risk",
                                number("shortfall")
                                        .thenComparing(number("teamsShort"))
                                        .thenComparing(holders().reversed()),
                                Usual.DESC),
                        key("hr", "/api/v1/organisation/gaps", "holders", holders(), Usual.ASC),
                        key("hr", "/api/v1/organisation/gaps", "skill", text("skillName"), Usual.ASC),
                        key("hr", "/api/v1/people", "name", text("name"), Usual.ASC),
                        key("hr", "/api/v1/people", "email", text("email"), Usual.ASC),
                        key("hr", employee + "/ratings", "skill", text("skillName"), Usual.ASC),
                        key("hr", employee + "/ratings", "level", number("level"), Usual.ASC),
                        key(
                                "hr",
                                "/api/v1/people/search?skill=PostgreSQL&skill=Java&minLevel=1",
                                "strength",
                                SortingIT.<Integer>comparingBy(SortingIT::levelTotal),
                                Usual.DESC),
                        key(
                                "hr",
                                "/api/v1/people/search?skill=PostgreSQL&skill=Java&minLevel=1",
                                "name",
                                text("name"),
                                Usual.ASC))
                .map(this::test);
    }

    private record Key(String user, String path, String key, Comparator<Map<String, Object>> ascending, Usual usual) {}

    private static Key key(
            String user, String path, String key, Comparator<Map<String, Object>> ascending, Usual usual) {
        return new Key(user, path, key, ascending, usual);
    }

    private DynamicTest test(Key key) {
        return DynamicTest.dynamicTest(key.user + " " + key.path + " by " + key.key, () -> {
            var ascending = items(key, key.key + ",asc");
            var descending = items(key, key.key + ",desc");
            var alone = items(key, key.key);

            assertThat(ascending)
                    .as("%s,asc differs from %s,desc somewhere, or the list cannot show a direction", key.key, key.key)
                    .isNotEqualTo(descending);
            assertThat(ascending).as(key.key + ",asc").isSortedAccordingTo(key.ascending);
            assertThat(descending).as(key.key + ",desc").isSortedAccordingTo(key.ascending.reversed());
            assertThat(alone).as(key.key + " alone").isEqualTo(key.usual == Usual.ASC ? ascending : descending);
        });
    }

    private List<Map<String, Object>> items(Key key, String sort) {
        var answer = api().as(key.user).get(key.path + (key.path.contains("?") ? "&" : "?") + "size=200&sort=" + sort);
        assertThat(answer.status()).as(answer.describe()).isEqualTo(200);
        var items = answer.items();
        assertThat(items).as(answer.describe()).hasSizeGreaterThan(1);
        return items;
    }

    /** Every skill's place in the catalog: its category's position, then its own. */
    private Map<Object, Integer> skillOrder() {
        var categories = new HashMap<Object, Integer>();
        for (var category :
                api().as("employee").get("/api/v1/categories?size=200").items()) {
            categories.put(category.get("id"), (Integer) category.get("position"));
        }
        var order = new HashMap<Object, Integer>();
        for (var skill : api().as("employee").get("/api/v1/skills?size=200").items()) {
            order.put(
                    skill.get("id"), categories.get(skill.get("category")) * 10_000 + (Integer) skill.get("position"));
        }
        return order;
    }

    private static int levelTotal(Map<String, Object> match) {
        @SuppressWarnings("unchecked")
        var skills = (List<Map<String, Object>>) match.get("skills");
        return skills.stream().mapToInt(skill -> (Integer) skill.get("level")).sum();
    }

    private static Comparator<Map<String, Object>> number(String field) {
        return comparing(item -> item.get(field) == null ? -1 : ((Number) item.get(field)).intValue());
    }

    /** Holders the privacy threshold hides ("fewer than N") come between none and the smallest count shown. */
    private static Comparator<Map<String, Object>> holders() {
        return comparing(item -> item.get("holders") == null
                ? ((Number) item.get("holdersFewerThan")).doubleValue() - 0.5
                : ((Number) item.get("holders")).doubleValue());
    }

    private static Comparator<Map<String, Object>> text(String field) {
        return comparing(item -> String.valueOf(item.get(field)), String.CASE_INSENSITIVE_ORDER);
    }

    private static Comparator<Map<String, Object>> instant(String field) {
        return comparing(item -> Instant.parse(String.valueOf(item.get(field))));
    }

    private static <U extends Comparable<? super U>> Comparator<Map<String, Object>> comparingBy(
            Function<Map<String, Object>, U> value) {
        return comparing(value);
    }
}
