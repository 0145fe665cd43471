package org.skillsmatrix.domain.base;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;
import static org.skillsmatrix.domain.testing.DomainAssertions.assertInvalid;

import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class IdsTest {

    static Stream<Arguments> ids() {
        return Stream.of(
                id("person", PersonId::of, PersonId::new),
                id("skill", SkillId::of, SkillId::new),
                id("category", CategoryId::of, CategoryId::new),
                id("team", TeamId::of, TeamId::new),
                id("role profile", RoleProfileId::of, RoleProfileId::new));
    }

    @ParameterizedTest(name = "{0} id")
    @MethodSource("ids")
    void anIdReadsBackFromItsText(String kind, Function<String, Object> parse, Function<UUID, Object> make) {
        var uuid = UUID.randomUUID();
        var id = make.apply(uuid);

        assertThat(id.toString()).isEqualTo(uuid.toString());
        assertThat(parse.apply(uuid.toString())).isEqualTo(id);
    }

    @ParameterizedTest(name = "{0} id")
    @MethodSource("ids")
    void textThatIsNoIdIsRefusedNamingTheKindOfId(
            String kind, Function<String, Object> parse, Function<UUID, Object> make) {
        assertInvalid(() -> parse.apply("42"), "id", "'42' is not a valid " + kind + " id");
        assertInvalid(() -> parse.apply(""), "id", "'' is not a valid " + kind + " id");
    }

    @ParameterizedTest(name = "{0} id")
    @MethodSource("ids")
    void anIdNeedsAValue(String kind, Function<String, Object> parse, Function<UUID, Object> make) {
        assertThatNullPointerException().isThrownBy(() -> make.apply(null)).withMessage(kind + " id");
    }

    private static Arguments id(String kind, Function<String, Object> parse, Function<UUID, Object> make) {
        return Arguments.of(kind, parse, make);
    }
}
