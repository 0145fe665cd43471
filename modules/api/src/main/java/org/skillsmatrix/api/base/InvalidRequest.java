package org.skillsmatrix.api.base;

import java.util.List;
import java.util.Map;

/**
 * A request the API refuses before asking the domain, or a file the domain found invalid: answered 400 with every
 * problem found, and any further members the problem should carry.
 */
public final class InvalidRequest extends RuntimeException {

    private final List<FieldProblem> problems;
    private final Map<String, Object> properties;

    public InvalidRequest(String message, List<FieldProblem> problems) {
        this(message, problems, Map.of());
    }

    public InvalidRequest(String message, List<FieldProblem> problems, Map<String, Object> properties) {
        super(message, null, false, false);
        this.problems = List.copyOf(problems);
        this.properties = Map.copyOf(properties);
    }

    public static InvalidRequest of(String field, String message) {
        return new InvalidRequest(message, List.of(FieldProblem.of(field, message)));
    }

    public List<FieldProblem> problems() {
        return problems;
    }

    /** Members of the problem besides the standard ones and {@code errors}. */
    public Map<String, Object> properties() {
        return properties;
    }
}
