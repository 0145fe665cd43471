package org.skillsmatrix.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.skillsmatrix.api.testing.ProblemDetails.assertProblem;
import static org.skillsmatrix.api.testing.ProblemDetails.errors;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.request;

import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.skillsmatrix.domain.access.Role;
import org.skillsmatrix.domain.people.Person;
import org.skillsmatrix.domain.testing.TestOrganisation;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

/**
 * A value of the JSON API is taken as it is written or refused at its field: no fraction is cut to an integer, no
 * number picks an enum, no text becomes a number or a yes; nothing is written.
 */
@WebMvcTest
class JsonValuesControllerTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    TestOrganisation org;

    @Autowired
    SmallOrganisation small;

    @Autowired
    TestCaller caller;

    @TestFactory
    Stream<DynamicTest> aValueThatIsNotOfTheFieldsTypeIsRefusedAtTheField() {
        var employee = small.employee;
        var manager = small.manager;
        var hr = small.hr;
        var skill = small.skills.getFirst().id().value().toString();
        var target = "/api/v1/teams/" + small.payments.id().value() + "/targets/" + skill;
        var person = "/api/v1/people/" + employee.id().value();
        return Stream.of(
                refused(employee, "POST", "/api/v1/me/assessments", "level", """
                        {"skill": "%s", "level": 4.5, "interest": "NEUTRAL"}""".formatted(skill)),
                refused(employee, "POST", "/api/v1/me/assessments", "level", """
                        {"skill": "%s", "level": 4.0, "interest": "NEUTRAL"}""".formatted(skill)),
                refused(employee, "POST", "/api/v1/me/assessments", "level", """
                        {"skill": "%s", "level": "3", "interest": "NEUTRAL"}""".formatted(skill)),
                refused(employee, "POST", "/api/v1/me/assessments", "interest", """
                        {"skill": "%s", "level": 3, "interest": 0}""".formatted(skill)),
                refused(manager, "POST", person + "/assessments", "level", """
                        {"skill": "%s", "level": 2.5}""".formatted(skill)),
                refused(manager, "PUT", target, "level", """
                        {"level": 3.5, "headcount": 2}"""),
                refused(manager, "PUT", target, "headcount", """
                        {"level": 3, "headcount": 1.5}"""),
                refused(hr, "PUT", person, "active", """
                        {"name": "Noah Fischer", "email": "%s", "active": 1}""".formatted(employee.email())),
                refused(hr, "PUT", person, "name", """
                        {"name": 42, "email": "%s", "active": true}""".formatted(employee.email())));
    }

    private DynamicTest refused(Person user, String method, String path, String field, String body) {
        return DynamicTest.dynamicTest(user.name() + " " + method + " " + path + " " + body, () -> {
            caller.signIn(user, TestOrganisation.actor(user, roles(user)));
            var before = written();

            var call = request(HttpMethod.valueOf(method), path)
                    .contentType(MediaType.APPLICATION_JSON)
                    .content(body);
            if (method.equals("PUT")) {
                call.header("If-Match", "\"0\"");
            }
            var answer = mvc.perform(call).andReturn();

            assertThat(errors(assertProblem(answer, 400)))
                    .singleElement()
                    .satisfies(error -> assertThat(error).containsEntry("field", field));
            assertThat(written()).as("nothing written for %s %s", method, path).isEqualTo(before);
        });
    }

    private Role[] roles(Person user) {
        if (user.equals(small.hr)) {
            return new Role[] {Role.HR, Role.EMPLOYEE};
        }
        if (user.equals(small.manager)) {
            return new Role[] {Role.MANAGER, Role.EMPLOYEE};
        }
        return new Role[] {Role.EMPLOYEE};
    }

    /** What a request could have written: the ratings, the targets, the people and the audit log. */
    private List<Object> written() {
        return List.of(
                org.assessments.count(),
                org.targets.all(),
                org.people.byId(small.employee.id()).orElseThrow(),
                org.auditLog.entries().size());
    }
}
