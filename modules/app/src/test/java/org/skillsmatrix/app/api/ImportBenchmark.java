package org.skillsmatrix.app.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.skillsmatrix.domain.catalog.Skill;
import org.skillsmatrix.domain.people.Person;

/**
 * How long importing 100,000 ratings takes through the API: a CSV file of self-ratings of the demo organisation's
 * people, validated (dry run), applied (batched inserts), and applied again (every row found present already). It
 * prints the times; it asserts only that the import did what it says. Not part of the test suite (the name does not
 * end in IT); run it with
 *
 * <pre>
 * ./mvnw -pl modules/app -am verify -Dtest=NONE -Dsurefire.failIfNoSpecifiedTests=false -Dit.test=ImportBenchmark
 * </pre>
 */
class ImportBenchmark extends ApiIT {

    static final int ROWS = 100_000;

    @Test
    void imports100000Ratings() {
        var file = file();
        var hr = api().as("hr");

        var validated = timed("validate (dry run)", () -> post(hr, "/api/v1/imports/assessments?dryRun=true", file));
        var applied = timed("apply", () -> post(hr, "/api/v1/imports/assessments", file));
        var again = timed("apply the same file again", () -> post(hr, "/api/v1/imports/assessments", file));

        assertThat(validated.json()).containsEntry("added", ROWS);
        assertThat(applied.json()).containsEntry("applied", true).containsEntry("added", ROWS);
        assertThat(again.json()).containsEntry("added", 0).containsEntry("alreadyPresent", ROWS);
    }

    private byte[] file() {
        var everyone = people.all().stream().filter(Person::active).toList();
        var skills = catalog.skills().stream().filter(Skill::active).toList();
        var start = Instant.now().minus(200, ChronoUnit.DAYS).truncatedTo(ChronoUnit.SECONDS);
        var csv = new StringBuilder("email,skill,level,source,assessed_at,interest\n");
        for (int i = 0; i < ROWS; i++) {
            var person = everyone.get(i % everyone.size());
            var skill = skills.get((i / everyone.size()) % skills.size());
            csv.append(person.email())
                    .append(',')
                    .append(skill.name().contains(",") ? "\"" + skill.name() + "\"" : skill.name())
                    .append(',')
                    .append(i % 5)
                    .append(",self,")
                    .append(start.plusSeconds(i))
                    .append(',')
                    .append(i % 3 == 0 ? "wants_to_grow" : "neutral")
                    .append('\n');
        }
        var bytes = csv.toString().getBytes(StandardCharsets.UTF_8);
        System.out.printf(
                Locale.ROOT,
                "Import benchmark: %,d rows, %,d bytes, %d people, %d skills%n",
                ROWS,
                bytes.length,
                everyone.size(),
                skills.size());
        return bytes;
    }

    private static Answer post(ApiClient.Calls hr, String path, byte[] file) {
        var answer = hr.send("POST", path, HttpRequest.BodyPublishers.ofByteArray(file), "text/csv");
        assertThat(answer.status()).as(answer.describe()).isEqualTo(200);
        return answer;
    }

    private static Answer timed(String what, java.util.function.Supplier<Answer> step) {
        long started = System.nanoTime();
        var answer = step.get();
        var took = Duration.ofNanos(System.nanoTime() - started);
        System.out.printf(
                Locale.ROOT,
                "Import benchmark: %-26s %6.2f s  (%,.0f rows/s)  %s%n",
                what,
                took.toMillis() / 1000.0,
                ROWS / Math.max(0.001, took.toMillis() / 1000.0),
                answer.text());
        return answer;
    }
}
