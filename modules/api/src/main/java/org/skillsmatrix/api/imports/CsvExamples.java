package org.skillsmatrix.api.imports;

import io.swagger.v3.oas.models.Operation;
import java.util.Objects;
import org.springdoc.core.customizers.OperationCustomizer;
import org.springframework.stereotype.Component;
import org.springframework.web.method.HandlerMethod;

/** Shows each import's {@link CsvImport#example()} as the example of its {@code text/csv} body. */
@Component
class CsvExamples implements OperationCustomizer {

    @Override
    public Operation customize(Operation operation, HandlerMethod handler) {
        var csvImport = handler.getMethodAnnotation(CsvImport.class);
        if (csvImport != null) {
            var csv = operation.getRequestBody().getContent().get(CsvImport.CSV);
            Objects.requireNonNull(csv, "An import's request body is text/csv").setExample(csvImport.example());
        }
        return operation;
    }
}
