package org.skillsmatrix.app.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.skillsmatrix.app.api.Problems.assertProblem;
import static org.skillsmatrix.app.api.Problems.errors;

import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.skillsmatrix.domain.demo.DemoPeople;

/**
 * A value of the JSON API is taken as it is written or refused at its field: no fraction is cut to an integer, no
 * number picks an enum, no text becomes a number or a yes; nothing is written.
 */
class JsonValuesIT extends ApiIT {

    @TestFactory
    Stream<DynamicTest> aValueThatIsNotOfTheFieldsTypeIsRefusedAtTheField() {
        var skill = activeSkill(6).id().value().toString();
        var target = "/api/v1/teams/" + payments().id() + "/targets/" + skill;
        var person = "/api/v1/people/" + employeeId();
        return Stream.of(
                refused("employee", "POST", "/api/v1/me/assessments", "level", """
                        {"skill": "%s", "level": 4.5, "interest": "NEUTRAL"}""".formatted(skill)),
                refused("employee", "POST", "/api/v1/me/assessments", "level", """
                        {"skill": "%s", "level": 4.0, "interest": "NEUTRAL"}""".formatted(skill)),
                refused("employee", "POST", "/api/v1/me/assessments", "level", """
                        {"skill": "%s", "level": "3", "interest": "NEUTRAL"}""".formatted(skill)),
                refused("employee", "POST", "/api/v1/me/assessments", "interest", """
                        {"skill": "%s", "level": 3, "interest": 0}""".formatted(skill)),
                refused("manager", "POST", person + "/assessments", "level", """
                        {"skill": "%s", "level": 2.5}""".formatted(skill)),
                refused("manager", "PUT", target, "level", """
                        {"level": 3.5, "headcount": 2}"""),
                refused("manager", "PUT", target, "headcount", """
                        {"level": 3, "headcount": 1.5}"""),
                refused("hr", "PUT", person, "active", """
                        {"name": "Noah Fischer", "email": "%s", "active": 1}""".formatted(DemoPeople.EMPLOYEE)),
                refused("hr", "PUT", person, "name", """
                        {"name": 42, "email": "%s", "active": true}""".formatted(DemoPeople.EMPLOYEE)));
    }

    private DynamicTest refused(String user, String method, String path, String field, String body) {
        return DynamicTest.dynamicTest(user + " " + method + " " + path + " " + body, () -> {
            var before = rowCounts();

            var answer = api().as(user)
                    .send(
                            method,
                            path,
                            java.net.http.HttpRequest.BodyPublishers.ofString(body),
                            "application/json",
                            method.equals("PUT") ? new String[] {"If-Match", "\"0\""} : new String[0]);

            assertThat(errors(assertProblem(answer, 400)))
                    .as(answer.describe())
                    .singleElement()
                    .satisfies(error -> assertThat(error).containsEntry("field", field));
            assertThat(rowCounts())
                    .as("nothing written for %s", answer.request())
                    .isEqualTo(before);
        });
    }
}
