package org.skillsmatrix.app.notification;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Properties;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Each language of the e-mails is one file beside the English one, and it has a text for every key. */
class MailBundlesTest {

    private static final Path MAIL = Path.of("src/main/resources/mail");

    @Test
    void everyLanguagesMailBundleHasATextForEveryKeyAndNoOther() throws IOException {
        var english = read(MAIL.resolve("notifications.properties"));
        var languages = languageFiles();
        assertThat(languages).extracting(path -> path.getFileName().toString()).contains("notifications_de.properties");
        for (var file : languages) {
            var other = read(file);
            assertThat(other.stringPropertyNames()).as(file.toString()).isEqualTo(english.stringPropertyNames());
            assertThat(other.stringPropertyNames())
                    .as(file.toString())
                    .filteredOn(key -> other.getProperty(key).isBlank())
                    .isEmpty();
        }
    }

    private static List<Path> languageFiles() throws IOException {
        try (Stream<Path> files = Files.list(MAIL)) {
            return files.filter(file -> file.getFileName().toString().matches("notifications_[a-z]{2,3}\\.properties"))
                    .sorted()
                    .toList();
        }
    }

    private static Properties read(Path file) throws IOException {
        var properties = new Properties();
        try (var in = new InputStreamReader(Files.newInputStream(file), StandardCharsets.UTF_8)) {
            properties.load(in);
        }
        return properties;
    }
}
