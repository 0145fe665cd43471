package org.skillsmatrix.api.team;

import io.swagger.v3.oas.annotations.media.Schema;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.skillsmatrix.api.base.PersonRef;
import org.skillsmatrix.domain.assessment.TeamMatrix;
import org.skillsmatrix.domain.scale.Interest;
import org.skillsmatrix.domain.scale.Level;

/** A team's current ratings: its active members by skill, one cell per person and skill rated. */
@Schema(name = "TeamMatrix")
record TeamMatrixDto(UUID team, List<PersonRef> members, List<CellDto> cells) {

    static TeamMatrixDto of(TeamMatrix matrix) {
        return new TeamMatrixDto(
                matrix.team().value(),
                matrix.members().stream().map(PersonRef::of).toList(),
                matrix.ratings().stream()
                        .map(rating -> new CellDto(
                                rating.person().value(),
                                rating.skill().value(),
                                rating.level().map(Level::value).orElse(null),
                                rating.selfLevel().map(Level::value).orElse(null),
                                rating.validatedLevel().map(Level::value).orElse(null),
                                rating.interest()))
                        .toList());
    }

    /**
     * One person's standing in one skill.
     *
     * @param level the level that counts: the manager's where there is one, else the person's own
     */
    @Schema(name = "MatrixCell")
    record CellDto(
            UUID person,
            UUID skill,
            @Schema(example = "3") @Nullable Integer level,
            @Schema(example = "3") @Nullable Integer selfLevel,
            @Schema(example = "2") @Nullable Integer managerLevel,
            @Nullable Interest interest) {}
}
