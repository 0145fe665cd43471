package org.skillsmatrix.reporting.csv;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.junit.jupiter.api.Test;
import org.skillsmatrix.domain.audit.AuditEntry;
import org.skillsmatrix.domain.audit.AuditLine;
import org.skillsmatrix.domain.base.PersonId;

class AuditCsvTest {

    @Test
    void eachEntryIsOneRowUnderTheHeaderWithWhoDidItAndTheKindOfChange() throws Exception {
        var hannah = new PersonId(UUID.fromString("00000000-0000-0000-0000-000000000001"));
        var gone = new PersonId(UUID.fromString("00000000-0000-0000-0000-000000000002"));
        var lines = List.of(
                new AuditLine(
                        new AuditEntry(
                                Instant.parse("2026-05-04T12:00:00Z"),
                                hannah,
                                "person.changed",
                                "p-1",
                                "Ada, \"Lovelace\""),
                        "Hannah Hofmann",
                        "Ada Lovelace"),
                new AuditLine(
                        new AuditEntry(
                                Instant.parse("2026-05-04T11:00:00Z"), gone, "team.added", "t-1", "=HYPERLINK(1)"),
                        null,
                        null));
        var out = new ByteArrayOutputStream();

        new AuditCsv().write(lines.iterator(), out);

        var text = out.toString(StandardCharsets.UTF_8);
        assertThat(text).startsWith("at,actor_id,actor,kind,action,subject,about,detail\r\n");
        var records = CSVParser.parse(
                        text,
                        CSVFormat.RFC4180
                                .builder()
                                .setHeader()
                                .setSkipHeaderRecord(true)
                                .get())
                .getRecords();
        assertThat(records).hasSize(2);
        assertThat(records.get(0).toList())
                .containsExactly(
                        "2026-05-04T12:00:00Z",
                        hannah.toString(),
                        "Hannah Hofmann",
                        "people",
                        "person.changed",
                        "p-1",
                        "Ada Lovelace",
                        "Ada, \"Lovelace\"");
        assertThat(records.get(1).get("actor")).isEmpty();
        assertThat(records.get(1).get("kind")).isEqualTo("teams");
        assertThat(records.get(1).get("detail")).isEqualTo("'=HYPERLINK(1)");
    }
}
