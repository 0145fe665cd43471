package org.skillsmatrix.api.base;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.info.License;
import io.swagger.v3.oas.models.media.ArraySchema;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.IntegerSchema;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.ObjectSchema;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.media.StringSchema;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import io.swagger.v3.oas.models.servers.Server;
import java.util.LinkedHashMap;
import java.util.List;
import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The frame of the OpenAPI document at {@code /v3/api-docs}: what the API is, the bearer scheme every operation
 * needs, the problem-details schema, and the error answers every operation may give. The operations themselves
 * come from the controllers.
 */
@Configuration(proxyBeanMethods = false)
class OpenApiDocument {

    static final String BEARER = "bearer";
    static final String PROBLEM = "Problem";
    static final String FIELD_ERROR = "FieldError";

    private static final String DESCRIPTION = """
            The skills matrix over HTTP: the catalog, people and teams, self and manager ratings with their \
            history, team targets, role profiles, gap analysis, the people finder, reports as files, and CSV \
            imports from the HR system. The same access rules apply as in the web UI.

            **Authentication.** Every operation needs an access token from the identity provider (Keycloak) in \
            `Authorization: Bearer <token>`; see docs/api.md for getting one with curl.

            **Errors** are RFC 9457 problem details (`application/problem+json`); invalid fields are listed in \
            `errors`.

            **Lists** take `page` (from 0), `size` (1 to 200, default 20) and `sort` (a key, optionally \
            `,asc` or `,desc`).

            **Edits** of versioned resources name the version they are based on in `If-Match`, as the `ETag` \
            gave it (a stale one is answered 412), or as `version` in the body (a stale one is answered 409), \
            saying in `changedBy` and `changedAt` whose change came first and when; an edit that names none is \
            answered 428.""";

    @Bean
    OpenAPI skillsMatrixOpenApi() {
        return new OpenAPI()
                .info(new Info()
                        .title("Skills Matrix API")
                        .version("v1")
                        .description(DESCRIPTION)
                        .license(new License().name("Self-hosted; see the project's licence")))
                .servers(List.of(new Server().url("/").description("This server")))
                .components(new Components()
                        .addSecuritySchemes(
                                BEARER,
                                new SecurityScheme()
                                        .type(SecurityScheme.Type.HTTP)
                                        .scheme("bearer")
                                        .bearerFormat("JWT")
                                        .description("An access token of the identity provider's realm whose"
                                                + " audience includes the API"))
                        .addSchemas(FIELD_ERROR, fieldErrorSchema())
                        .addSchemas(PROBLEM, problemSchema()))
                .addSecurityItem(new SecurityRequirement().addList(BEARER));
    }

    /** Adds the error answers to every operation that does not name them itself. */
    @Bean
    OpenApiCustomizer problemResponses() {
        return openApi -> {
            if (openApi.getPaths() == null) {
                return;
            }
            openApi.getPaths()
                    .forEach((path, item) -> item.readOperationsMap().forEach((method, operation) -> {
                        var errors = new LinkedHashMap<String, String>();
                        errors.put("400", "Invalid parameters or body; the fields are listed in errors");
                        errors.put("401", "No valid access token");
                        errors.put("403", "The access rules do not allow this to the caller");
                        if (path.contains("{")) {
                            errors.put("404", "Nothing has this id");
                        }
                        boolean versioned = operation.getParameters() != null
                                && operation.getParameters().stream()
                                        .anyMatch(parameter -> "If-Match".equalsIgnoreCase(parameter.getName()));
                        if (versioned) {
                            if (operation.getRequestBody() != null) {
                                errors.put(
                                        "409",
                                        "The version in the body is no longer the stored one; changedBy and"
                                                + " changedAt say whose change came first");
                            }
                            errors.put(
                                    "412",
                                    "If-Match names a version that is no longer the stored one; changedBy and"
                                            + " changedAt say whose change came first");
                            errors.put("428", "The edit names no version: neither If-Match nor a version in the body");
                        }
                        if (operation.getRequestBody() != null) {
                            errors.put("415", "The body's Content-Type is not one this operation takes");
                        }
                        errors.put("500", "Something went wrong on the server; the answer names an error id");
                        errors.forEach((status, description) -> add(operation, status, description));
                    }));
        };
    }

    private static void add(Operation operation, String status, String description) {
        if (operation.getResponses().containsKey(status)) {
            return;
        }
        operation
                .getResponses()
                .addApiResponse(
                        status,
                        new ApiResponse()
                                .description(description)
                                .content(new Content()
                                        .addMediaType(
                                                org.springframework.http.MediaType.APPLICATION_PROBLEM_JSON_VALUE,
                                                new MediaType()
                                                        .schema(new Schema<>()
                                                                .$ref("#/components/schemas/" + PROBLEM)))));
    }

    private static Schema<?> problemSchema() {
        var schema = new ObjectSchema();
        schema.addProperty(
                "type",
                new StringSchema()
                        .format("uri")
                        .description("Identifies the kind of problem; about:blank where the status says it all")
                        .example("about:blank"));
        schema.addProperty(
                "title",
                new StringSchema().description("The status's reason phrase").example("Bad Request"));
        schema.addProperty(
                "status", new IntegerSchema().description("The HTTP status").example(400));
        schema.addProperty(
                "detail",
                new StringSchema()
                        .description("What went wrong, written for the person who sent the request")
                        .example("The request has invalid values"));
        schema.addProperty(
                "instance",
                new StringSchema()
                        .format("uri-reference")
                        .description("The path of the request")
                        .example("/api/v1/me/assessments"));
        schema.addProperty(
                "errors",
                new ArraySchema()
                        .items(new Schema<>().$ref("#/components/schemas/" + FIELD_ERROR))
                        .description("Where fields are wrong: each field and what is wrong with it"));
        schema.addProperty(
                "errorId", new StringSchema().description("With 500 only: the id under which the failure was logged"));
        schema.addProperty(
                "changedBy",
                new StringSchema()
                        .description("With 409 and 412, where known: who made the change that came first")
                        .example("Maya Schmidt"));
        schema.addProperty(
                "changedAt",
                new StringSchema()
                        .format("date-time")
                        .description("With 409 and 412, where known: when that change was made")
                        .example("2026-01-20T09:30:15.123456Z"));
        schema.setDescription("RFC 9457 problem details");
        schema.setRequired(List.of("type", "title", "status", "detail"));
        return schema;
    }

    private static Schema<?> fieldErrorSchema() {
        var schema = new ObjectSchema();
        schema.addProperty(
                "field",
                new StringSchema()
                        .description("The JSON property path, parameter, header or CSV column")
                        .example("level"));
        schema.addProperty(
                "message",
                new StringSchema()
                        .description("What is wrong, for a person to read")
                        .example("must be between 0 and 4"));
        schema.addProperty(
                "line",
                new IntegerSchema()
                        .format("int64")
                        .description("For a file: the line, counting the header as line 1")
                        .example(12));
        schema.addProperty(
                "column",
                new IntegerSchema()
                        .description("For a file: the column, counting from 1")
                        .example(3));
        schema.setDescription("One thing wrong with the request");
        schema.setRequired(List.of("message"));
        return schema;
    }
}
