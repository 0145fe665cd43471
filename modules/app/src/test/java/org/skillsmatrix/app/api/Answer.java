package org.skillsmatrix.app.api;

import java.net.http.HttpHeaders;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/** What the API answered: status, headers and body, the body read as JSON on demand. */
record Answer(String request, int status, HttpHeaders headers, byte[] body) {

    static final JsonMapper JSON = JsonMapper.builder().build();
    private static final TypeReference<Map<String, Object>> OBJECT = new TypeReference<>() {};
    private static final TypeReference<List<Map<String, Object>>> ARRAY = new TypeReference<>() {};

    String text() {
        return new String(body, StandardCharsets.UTF_8);
    }

    Map<String, Object> json() {
        return JSON.readValue(body, OBJECT);
    }

    List<Map<String, Object>> array() {
        return JSON.readValue(body, ARRAY);
    }

    /** The entries of a page. */
    @SuppressWarnings("unchecked")
    List<Map<String, Object>> items() {
        return (List<Map<String, Object>>) json().get("items");
    }

    @Nullable
    String header(String name) {
        return headers.firstValue(name).orElse(null);
    }

    @Nullable
    String etag() {
        return header("ETag");
    }

    @Nullable
    String contentType() {
        return header("Content-Type");
    }

    /** For assertion messages: the request, the status and as much of the body as helps. */
    String describe() {
        var text = text();
        return request + " -> " + status + " " + (text.length() > 600 ? text.substring(0, 600) + "…" : text);
    }

    @Override
    public String toString() {
        return describe();
    }
}
