package org.skillsmatrix.app.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeSet;
import org.assertj.core.api.InstanceOfAssertFactories;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

/**
 * The OpenAPI document the API serves at {@code /v3/api-docs}, and its copy in {@code docs/openapi.json}, which this
 * test keeps in sync: it fails when the two differ, and writes the file instead when run with
 * {@code -Dskills-matrix.openapi.write=true}.
 */
class OpenApiDocumentIT extends ApiIT {

    static final String WRITE = "skills-matrix.openapi.write";
    static final String REGENERATE =
            "./mvnw -pl modules/app -am verify -Dtest=NONE -Dsurefire.failIfNoSpecifiedTests=false"
                    + " -Dit.test=OpenApiDocumentIT -D" + WRITE + "=true";

    @Test
    void docsOpenapiJsonIsTheDocumentTheApiServes() throws IOException {
        var served = api().anonymous().get("/v3/api-docs");
        assertThat(served.status()).as(served.describe()).isEqualTo(200);
        var file = repository().resolve("docs").resolve("openapi.json");

        if (Boolean.getBoolean(WRITE)) {
            Files.createDirectories(file.getParent());
            Files.writeString(file, served.text().strip() + "\n");
            return;
        }

        if (!Files.exists(file)) {
            fail("There is no " + file + ". Write it from the running API with: " + REGENERATE);
        }
        var expected = Answer.JSON.readValue(Files.readString(file), Object.class);
        var actual = Answer.JSON.readValue(served.body(), Object.class);
        var difference = firstDifference("$", expected, actual);
        if (difference != null) {
            fail("docs/openapi.json differs from the document the API serves at /v3/api-docs, first at " + difference
                    + ". If the API changed on purpose, regenerate the file with: " + REGENERATE);
        }
    }

    @Test
    void theDocumentDescribesEveryOperationWithTheBearerSchemeAndProblemDetails() {
        var document = api().anonymous().get("/v3/api-docs").json();

        assertThat(document.get("openapi")).asString().startsWith("3.");
        assertThat(document)
                .extractingByKey("security")
                .asInstanceOf(InstanceOfAssertFactories.LIST)
                .isNotEmpty();
        @SuppressWarnings("unchecked")
        var components = (Map<String, Map<String, Object>>) document.get("components");
        assertThat(components.get("securitySchemes")).containsKey("bearer");
        assertThat(components.get("schemas")).containsKeys("Problem", "FieldError", "Skill", "Team", "Assessment");
        @SuppressWarnings("unchecked")
        var paths = (Map<String, Map<String, Map<String, Object>>>) document.get("paths");
        assertThat(paths).allSatisfy((path, operations) -> {
            assertThat(path).startsWith("/api/v1/");
            operations.values().forEach(operation -> {
                assertThat(operation).containsKeys("summary", "responses");
                @SuppressWarnings("unchecked")
                var responses = (Map<String, Object>) operation.get("responses");
                assertThat(responses).as(path).containsKeys("401", "403", "500");
            });
        });
        assertThat(document.toString()).contains("example");
    }

    @Test
    void swaggerUiIsServedWithoutAToken() {
        var page = api().anonymous().get("/swagger-ui/index.html");

        assertThat(page.status()).as(page.describe()).isEqualTo(200);
        assertThat(page.text()).containsIgnoringCase("swagger");
        assertThat(api().anonymous().get("/swagger-ui.html").status()).isIn(200, 302);
    }

    /** Where two JSON trees first differ, as a path into them, or none. */
    static @Nullable String firstDifference(String path, @Nullable Object expected, @Nullable Object actual) {
        if (expected instanceof Map<?, ?> left && actual instanceof Map<?, ?> right) {
            var keys = new TreeSet<String>();
            left.keySet().forEach(key -> keys.add(String.valueOf(key)));
            right.keySet().forEach(key -> keys.add(String.valueOf(key)));
            for (var key : keys) {
                if (!left.containsKey(key)) {
                    return path + "." + key + " (only in the served document)";
                }
                if (!right.containsKey(key)) {
                    return path + "." + key + " (only in docs/openapi.json)";
                }
                var difference = firstDifference(path + "." + key, left.get(key), right.get(key));
                if (difference != null) {
                    return difference;
                }
            }
            return null;
        }
        if (expected instanceof List<?> left && actual instanceof List<?> right) {
            for (int i = 0; i < Math.max(left.size(), right.size()); i++) {
                if (i >= left.size() || i >= right.size()) {
                    return path + "[" + i + "] (the lists have " + left.size() + " and " + right.size() + " entries)";
                }
                var difference = firstDifference(path + "[" + i + "]", left.get(i), right.get(i));
                if (difference != null) {
                    return difference;
                }
            }
            return null;
        }
        return Objects.equals(expected, actual) ? null : path + " (" + expected + " there, " + actual + " served)";
    }

    /** The repository's root: the first directory upwards with the Maven wrapper. */
    static Path repository() {
        for (var dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            if (Files.isRegularFile(dir.resolve("mvnw")) && Files.isDirectory(dir.resolve("modules"))) {
                return dir;
            }
        }
        throw new IllegalStateException(
                "Not inside the repository: " + Path.of("").toAbsolutePath());
    }
}
