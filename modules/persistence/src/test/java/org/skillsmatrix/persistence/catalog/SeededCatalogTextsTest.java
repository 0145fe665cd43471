package org.skillsmatrix.persistence.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The default catalog's texts the domain translates are the ones the database is seeded with: every category,
 * skill and level of the seed, by its id, with the same name and description, and nothing else.
 */
class SeededCatalogTextsTest {

    private static final Path DATA = Path.of("src/main/resources/db/changelog/data");
    private static final Pattern FIELD = Pattern.compile("\"([^\"]*)\"|([^,]*)");

    @Test
    void theDefaultCatalogsEnglishTextsAreTheSeedsOwn() throws IOException {
        var seeded = new HashMap<String, String>();
        for (var row : rows("categories.csv")) {
            seeded.put(row.get("id") + ".name", row.get("name"));
            seeded.put(row.get("id") + ".description", row.get("description"));
        }
        for (var row : rows("skills.csv")) {
            seeded.put(row.get("id") + ".name", row.get("name"));
            seeded.put(row.get("id") + ".description", row.get("description"));
        }
        for (var row : rows("scale_levels.csv")) {
            seeded.put("level." + row.get("level") + ".name", row.get("name"));
            seeded.put("level." + row.get("level") + ".descriptor", row.get("descriptor"));
        }

        var english = new Properties();
        try (var in = SeededCatalogTextsTest.class.getResourceAsStream(
                "/org/skillsmatrix/domain/catalog/default-catalog.properties")) {
            assertThat(in).isNotNull();
            english.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        var texts = new HashMap<String, String>();
        english.stringPropertyNames().forEach(key -> texts.put(key, english.getProperty(key)));

        assertThat(seeded).hasSize(2 * (14 + 111 + 5));
        assertThat(texts).isEqualTo(seeded);
    }

    /** The rows of a seed file by its header's names; a value is quoted where it holds a comma. */
    private static List<Map<String, String>> rows(String file) throws IOException {
        var lines = Files.readAllLines(DATA.resolve(file), StandardCharsets.UTF_8);
        var header = fields(lines.getFirst());
        var rows = new ArrayList<Map<String, String>>();
        for (var line : lines.subList(1, lines.size())) {
            if (line.isBlank()) {
                continue;
            }
            var values = fields(line);
            assertThat(values).as(line).hasSameSizeAs(header);
            var row = new HashMap<String, String>();
            for (int i = 0; i < header.size(); i++) {
                row.put(header.get(i), values.get(i));
            }
            rows.add(row);
        }
        return rows;
    }

    private static List<String> fields(String line) {
        var fields = new ArrayList<String>();
        var matcher = FIELD.matcher(line);
        int at = 0;
        while (at <= line.length() && matcher.find(at)) {
            fields.add(matcher.group(1) != null ? matcher.group(1) : matcher.group(2));
            at = matcher.end() + 1;
        }
        return fields;
    }
}
