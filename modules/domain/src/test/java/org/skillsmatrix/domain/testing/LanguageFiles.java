package org.skillsmatrix.domain.testing;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
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

/**
 * A bundle's files as they lie in the sources: the default (English) one and one per further language, e.g.
 * {@code texts.properties} and {@code texts_de.properties}, each read as UTF-8.
 */
public final class LanguageFiles {

    private static final Pattern PARAMETER = Pattern.compile("\\{(\\d+)");

    private final Path directory;
    private final String name;

    private LanguageFiles(Path directory, String name) {
        this.directory = directory;
        this.name = name;
    }

    public static LanguageFiles of(Path directory, String name) {
        return new LanguageFiles(directory, name);
    }

    public Properties english() {
        return read(directory.resolve(name + ".properties"));
    }

    /** The files of the languages besides English: one file adds a language. */
    public List<Path> otherLanguages() {
        try (Stream<Path> files = Files.list(directory)) {
            return files.filter(file -> file.getFileName().toString().matches(name + "_[a-z]{2,3}\\.properties"))
                    .sorted()
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * German and any other language have a text for every key of English and no other, none blank, each taking
     * English's parameters; no text has a straight apostrophe, which a message format drops.
     */
    public void assertEveryLanguageIsComplete() {
        assertEveryLanguageHasEveryKey();
        var english = english();
        assertValidTexts(english, "English");
        for (var file : otherLanguages()) {
            var other = read(file);
            var label = file.getFileName().toString();
            assertValidTexts(other, label);
            for (var key : other.stringPropertyNames()) {
                assertThat(parameters(other.getProperty(key)))
                        .as("%s %s takes the parameters of English", label, key)
                        .isEqualTo(parameters(english.getProperty(key)));
            }
        }
    }

    /**
     * German and any other language have a text for every key of English and no other, none blank: for bundles of
     * plain texts, which no message format reads.
     */
    public void assertEveryLanguageHasEveryKey() {
        var english = english();
        assertThat(english.stringPropertyNames())
                .as("English")
                .filteredOn(key -> english.getProperty(key).isBlank())
                .isEmpty();
        assertThat(otherLanguages())
                .extracting(file -> file.getFileName().toString())
                .contains(name + "_de.properties");
        for (var file : otherLanguages()) {
            var other = read(file);
            var label = file.getFileName().toString();
            assertThat(other.stringPropertyNames()).as(label).isEqualTo(english.stringPropertyNames());
            assertThat(other.stringPropertyNames())
                    .as(label)
                    .filteredOn(key -> other.getProperty(key).isBlank())
                    .isEmpty();
        }
    }

    private static void assertValidTexts(Properties texts, String label) {
        for (var key : texts.stringPropertyNames()) {
            var text = texts.getProperty(key);
            assertThat(text).as("%s %s: write ’ rather than '", label, key).doesNotContain("'");
            assertThat(new MessageFormat(text, Locale.ENGLISH).toPattern())
                    .as("%s %s is a valid message format", label, key)
                    .isNotNull();
        }
    }

    private static Set<Integer> parameters(String text) {
        var used = new TreeSet<Integer>();
        PARAMETER.matcher(text).results().forEach(match -> used.add(Integer.parseInt(match.group(1))));
        return used;
    }

    private static Properties read(Path file) {
        var properties = new Properties();
        try (var in = new InputStreamReader(Files.newInputStream(file), StandardCharsets.UTF_8)) {
            properties.load(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return properties;
    }

    /** Every match of the pattern's first group in the Java sources under the directory. */
    public static Set<String> foundInSources(Path sources, Pattern pattern) {
        var found = new TreeSet<String>();
        try (Stream<Path> files = Files.walk(sources)) {
            for (var file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                pattern.matcher(Files.readString(file)).results().forEach(match -> found.add(match.group(1)));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return found;
    }
}
