package org.skillsmatrix.api.mentoring;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.skillsmatrix.domain.mentoring.Reason;
import org.skillsmatrix.domain.testing.LanguageFiles;

/** Every reason a pair is proposed is explained in English and in every other language's file. */
class ExplanationsTest {

    private static final LanguageFiles FILES =
            LanguageFiles.of(Path.of("src/main/resources/org/skillsmatrix/api/mentoring"), "explanations");

    @Test
    void everyLanguageExplainsEveryReason() {
        FILES.assertEveryLanguageIsComplete();
        assertThat(FILES.english().stringPropertyNames())
                .isEqualTo(Arrays.stream(Reason.Kind.values()).map(Enum::name).collect(Collectors.toSet()));
    }
}
