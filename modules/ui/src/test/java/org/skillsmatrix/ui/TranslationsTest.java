package org.skillsmatrix.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.skillsmatrix.ui.base.Bundle;

/**
 * The bundle and the sources agree: every key the views use has a text, every text is used, and every
 * pattern with parameters is a valid message format.
 */
class TranslationsTest {

    /** A string literal that looks like a bundle key: lower-case words joined by dots. */
    private static final Pattern KEY_LITERAL = Pattern.compile("\"([a-z][a-z0-9-]*(?:\\.[a-z0-9-]+)+)\"");

    private static final Pattern TRANSLATED = Pattern.compile("getTranslation\\(\\s*\"([^\"]+)\"\\s*[,)]");

    /** Keys the sources build from a prefix and a value, e.g. a column's header from its key. */
    private static final List<String> BUILT_PREFIXES =
            List.of("myskills.column.", "error.invalid.", "notifications.organisation-summary.");

    /** An HTTP header's name, such as Cache-Control: a literal for the browser, not for people. */
    private static final Pattern HTTP_HEADER = Pattern.compile("[A-Z][a-z]+(?:-[A-Z][a-z]+)+");

    private static final Set<String> literals = new TreeSet<>();
    private static final Set<String> translated = new TreeSet<>();

    @BeforeAll
    static void readSources() {
        try (Stream<Path> files = Files.walk(Path.of("src/main/java"))) {
            files.filter(file -> file.toString().endsWith(".java")).forEach(TranslationsTest::read);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void read(Path file) {
        try {
            var source = Files.readString(file);
            KEY_LITERAL.matcher(source).results().forEach(match -> literals.add(match.group(1)));
            TRANSLATED.matcher(source).results().forEach(match -> translated.add(match.group(1)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Test
    void theSourcesUseTranslations() {
        assertThat(translated).hasSizeGreaterThan(20).contains("myskills.title", "rating.save");
    }

    @Test
    void everyKeyTheSourcesTranslateHasAText() {
        assertThat(translated)
                .allSatisfy(key -> assertThat(Bundle.ENGLISH.has(key))
                        .as("bundle has %s", key)
                        .isTrue());
    }

    @Test
    void everyKeyLikeLiteralInTheSourcesHasAText() {
        assertThat(literals)
                .allSatisfy(key -> assertThat(Bundle.ENGLISH.has(key))
                        .as("bundle has %s", key)
                        .isTrue());
    }

    @Test
    void everyTextIsUsed() {
        var unused = new TreeSet<>(Bundle.ENGLISH.keys());
        unused.removeAll(literals);
        unused.removeIf(key -> BUILT_PREFIXES.stream().anyMatch(key::startsWith));

        assertThat(unused).isEmpty();
    }

    @Test
    void everyLanguagesBundleHasATextForEveryKeyAndNoOther() {
        var english = bundle("translations.properties");
        assertThat(languageFiles()).as("German and any other language").contains("translations_de.properties");
        for (var file : languageFiles()) {
            var other = bundle(file);
            assertThat(other.stringPropertyNames()).as(file).isEqualTo(english.stringPropertyNames());
            assertThat(other.stringPropertyNames())
                    .as(file)
                    .filteredOn(key -> other.getProperty(key).isBlank())
                    .isEmpty();
        }
    }

    @Test
    void everyTranslatedTextTakesTheParametersOfItsEnglishOne() {
        var english = bundle("translations.properties");
        for (var file : languageFiles()) {
            var other = bundle(file);
            var locale = Locale.forLanguageTag(file.substring("translations_".length(), file.indexOf('.')));
            for (var key : other.stringPropertyNames()) {
                var text = other.getProperty(key);
                assertThat(text).as("%s %s: write ’ rather than '", file, key).doesNotContain("'");
                assertThat(parameters(text, locale))
                        .as(file + " " + key)
                        .isEqualTo(parameters(english.getProperty(key), Locale.ENGLISH));
            }
        }
    }

    /** The bundle's file of each language besides English, the default file: one file adds a language. */
    private static List<String> languageFiles() {
        try (Stream<Path> files = Files.list(Path.of("src/main/resources/vaadin-i18n"))) {
            return files.map(file -> file.getFileName().toString())
                    .filter(name -> name.matches("translations_[a-z]{2,3}\\.properties"))
                    .sorted()
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Texts people read are not written into the views: a literal with a letter in it, handed to a method that
     * shows text, is a text that no bundle translates.
     */
    @Test
    void noViewWritesATextOutsideTheBundles() throws IOException {
        var shown = Pattern.compile("(?:setText|setHeader|setLabel|setPlaceholder|setAriaLabel|setTooltipText"
                + "|setHelperText|setErrorMessage|setTitle|setSummaryText|Notification\\.show"
                + "|new (?:Span|Paragraph|H[1-6]|Button|Anchor|Badge|Details|Div))\\(\\s*\"([^\"]*[A-Za-z][^\"]*)\"");
        var found = new TreeSet<String>();
        try (Stream<Path> files = Files.walk(Path.of("src/main/java"))) {
            for (var file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                var source = Files.readString(file);
                shown.matcher(source)
                        .results()
                        .map(match -> match.group(1))
                        .filter(text -> !Bundle.ENGLISH.has(text))
                        .filter(text -> !HTTP_HEADER.matcher(text).matches())
                        .forEach(text -> found.add(file.getFileName() + ": " + text));
            }
        }
        assertThat(found).isEmpty();
    }

    private static Set<Integer> parameters(String text, Locale locale) {
        var used = new TreeSet<Integer>();
        var format = new MessageFormat(text, locale);
        var indexes = Pattern.compile("\\{(\\d+)").matcher(text);
        indexes.results().forEach(match -> used.add(Integer.parseInt(match.group(1))));
        assertThat(format.getFormatsByArgumentIndex().length).isGreaterThanOrEqualTo(used.isEmpty() ? 0 : 1);
        return used;
    }

    private static Properties bundle(String name) {
        var properties = new Properties();
        try (var in = TranslationsTest.class.getResourceAsStream("/vaadin-i18n/" + name)) {
            assertThat(in).as(name).isNotNull();
            properties.load(new java.io.InputStreamReader(in, java.nio.charset.StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return properties;
    }

    @Test
    void everyTextWithParametersIsAValidMessageFormat() {
        for (var key : Bundle.ENGLISH.keys()) {
            var text = Bundle.ENGLISH.translate(key);
            if (text.contains("{")) {
                assertThat(new MessageFormat(text, Locale.ENGLISH).getFormats())
                        .as(key)
                        .isNotEmpty();
                assertThat(text)
                        .as("%s: write ’ rather than ', which message formats drop", key)
                        .doesNotContain("'");
            }
        }
    }
}
