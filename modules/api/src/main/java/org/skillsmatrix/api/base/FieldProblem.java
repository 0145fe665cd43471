package org.skillsmatrix.api.base;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.swagger.v3.oas.annotations.media.Schema;
import org.jspecify.annotations.Nullable;

/**
 * One thing wrong with a request, in the {@code errors} of a problem: the field (a JSON property path, a
 * parameter, a header or a CSV column) and what is wrong with it; for a file, also the line and column.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@Schema(name = "FieldError", description = "One thing wrong with the request")
public record FieldProblem(
        @Schema(description = "The JSON property path, parameter, header or CSV column", example = "level") @Nullable
        String field,

        @Schema(description = "What is wrong, for a person to read", example = "must be between 0 and 4")
        String message,

        @Schema(description = "For a file: the line, counting the header as line 1", example = "12") @Nullable
        Long line,

        @Schema(description = "For a file: the column, counting from 1", example = "3") @Nullable
        Integer column) {

    public static FieldProblem of(@Nullable String field, String message) {
        return new FieldProblem(field, message, null, null);
    }
}
