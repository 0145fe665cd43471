package org.skillsmatrix.api.readmodel;

import io.swagger.v3.oas.annotations.media.Schema;
import java.util.List;
import org.skillsmatrix.domain.readmodel.ReadModelCheck;

/** What a check of the read model against the history found. */
@Schema(name = "ReadModelCheck")
record ReadModelCheckDto(
        @Schema(description = "Whether every part equals what the history gives")
        boolean consistent,

        List<PartDto> parts) {

    static ReadModelCheckDto of(ReadModelCheck check) {
        return new ReadModelCheckDto(
                check.consistent(),
                check.parts().stream()
                        .map(part -> new PartDto(part.name(), part.rows(), part.differing()))
                        .toList());
    }

    @Schema(name = "ReadModelPart")
    record PartDto(
            @Schema(description = "The part, e.g. current_rating", example = "current_rating")
            String name,

            @Schema(description = "The rows it holds") long rows,

            @Schema(
                    description = "Rows it holds that the history does not give, plus rows the history gives that"
                            + " it lacks")
            long differing) {}
}
