package org.skillsmatrix.domain.base;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.TreeSet;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.skillsmatrix.domain.testing.LanguageFiles;

/** Every rule the domain and its stores tell of has its text in every language's file, and every text there one. */
class InvalidInputTextsTest {

    private static final LanguageFiles FILES =
            LanguageFiles.of(Path.of("src/main/resources/org/skillsmatrix/domain/base"), "invalid-input");

    /** A key as the sources pass it: {@code new InvalidInput(…, "goal.closed"…)} or {@code UniqueKey.of(…)}. */
    private static final Pattern KEY = Pattern.compile(
            "(?:new InvalidInput\\(|UniqueKey\\.of\\()(?:[^\"()]|\"[^\"]*\")*?\"([a-z-]+\\.[a-z.-]*[a-z])\"");

    @Test
    void everyLanguageHasEveryText() {
        FILES.assertEveryLanguageHasEveryKey();
    }

    @Test
    void theSourcesAndTheTextsAgree() {
        var used = new TreeSet<String>();
        for (var sources : List.of("src/main/java", "../persistence/src/main/java")) {
            used.addAll(LanguageFiles.foundInSources(Path.of(sources), KEY));
        }
        var texts = new TreeSet<>(FILES.english().stringPropertyNames());
        texts.removeIf(key -> key.startsWith("field."));

        assertThat(used).hasSizeGreaterThan(70);
        assertThat(texts).isEqualTo(used);
    }

    @Test
    void aRuleReadsInTheLanguageAskedForAndInEnglishAsItsMessage() {
        var taken = new InvalidInput("name", "team.name-taken", "Payments");
        var tooLong = new InvalidInput("description", "text.too-long", new InvalidInput.FieldName("description"), 2000);

        assertThat(taken.getMessage()).isEqualTo("A team named 'Payments' already exists");
        assertThat(taken.message(Locale.GERMAN)).isEqualTo("Es gibt schon ein Team namens „Payments“");
        assertThat(taken.message(Locale.FRENCH)).isEqualTo(taken.getMessage());
        assertThat(tooLong.getMessage()).isEqualTo("Description must be at most 2000 characters");
        assertThat(tooLong.message(Locale.GERMAN)).isEqualTo("Beschreibung: höchstens 2000 Zeichen");
        assertThat(new InvalidInput("interest", "assessment.interest-by-manager").getMessage())
                .isEqualTo("Interest is the person's own and comes with self-ratings");
    }
}
