package org.skillsmatrix.api.imports;

import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.parameters.RequestBody;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.core.annotation.AliasFor;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestMethod;

/**
 * An import's endpoint: a POST of a CSV file, as the body ({@code text/csv}) or as the part {@code file} of a
 * multipart upload, answered in JSON, with the request body, the parameter {@code dryRun} and the answers the
 * OpenAPI document gives every import; {@link CsvExamples} adds the {@link #example()} to it.
 */
@Documented
@Target(ElementType.METHOD)
@Retention(RetentionPolicy.RUNTIME)
@RequestMapping(
        method = RequestMethod.POST,
        consumes = {CsvImport.CSV, MediaType.MULTIPART_FORM_DATA_VALUE},
        produces = MediaType.APPLICATION_JSON_VALUE)
@RequestBody(
        required = true,
        content = {
            @Content(mediaType = CsvImport.CSV, schema = @Schema(type = "string")),
            @Content(
                    mediaType = MediaType.MULTIPART_FORM_DATA_VALUE,
                    schema = @Schema(implementation = CsvUpload.class))
        })
@Parameter(name = "dryRun", description = "Only check the file and say what importing it would do")
@ApiResponse(
        responseCode = "413",
        description = "The file is over the size or row limit",
        content = @Content(mediaType = "application/problem+json", schema = @Schema(ref = "Problem")))
@ApiResponse(
        responseCode = "200",
        description = "The file is valid: what the import did, or would do",
        useReturnTypeSchema = true)
@interface CsvImport {

    String CSV = "text/csv";

    /** The endpoint's path. */
    @AliasFor(annotation = RequestMapping.class, attribute = "path")
    String[] path();

    /** A small valid file, header and rows, as the OpenAPI document shows it. */
    String example();
}
