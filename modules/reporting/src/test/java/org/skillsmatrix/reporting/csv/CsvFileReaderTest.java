package org.skillsmatrix.reporting.csv;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.skillsmatrix.domain.imports.CsvRecord;
import org.skillsmatrix.domain.imports.MalformedCsv;

class CsvFileReaderTest {

    private final CsvFileReader reader = new CsvFileReader();

    @Test
    void readsRecordsWithTheLineEachStartsOnWhateverTheLineEndings() {
        var text = "email,name\r\na@example.com,Ann\nb@example.com,Bob\rc@example.com,Cy\r\n";

        assertThat(reader.read(text))
                .containsExactly(
                        new CsvRecord(1, List.of("email", "name")),
                        new CsvRecord(2, List.of("a@example.com", "Ann")),
                        new CsvRecord(3, List.of("b@example.com", "Bob")),
                        new CsvRecord(4, List.of("c@example.com", "Cy")));
    }

    @Test
    void skipsBlankLinesAndCountsTheLinesOfQuotedValuesThatSpanSeveral() {
        var text = "a,b\n\n\"one, \"\"two\"\"\",\"three\nfour\"\n\nx,y";

        assertThat(reader.read(text))
                .containsExactly(
                        new CsvRecord(1, List.of("a", "b")),
                        new CsvRecord(3, List.of("one, \"two\"", "three\nfour")),
                        new CsvRecord(6, List.of("x", "y")));
    }

    @Test
    void anUnclosedQuoteIsMalformedFromTheLineAfterTheLastGoodRecord() {
        assertThatThrownBy(() -> reader.read("a,b\nx,y\n\"open,z\n"))
                .isInstanceOfSatisfying(MalformedCsv.class, malformed -> {
                    assertThat(malformed.line()).isEqualTo(3);
                    assertThat(malformed.reason()).isEqualTo(MalformedCsv.Reason.UNCLOSED_QUOTE);
                });
    }

    @Test
    void aQuoteInsideAQuotedValueMustBeDoubled() {
        assertThatThrownBy(() -> reader.read("a,b\n\"x\"y,z\n"))
                .isInstanceOfSatisfying(MalformedCsv.class, malformed -> {
                    assertThat(malformed.line()).isEqualTo(2);
                    assertThat(malformed.reason()).isEqualTo(MalformedCsv.Reason.TEXT_AFTER_QUOTE);
                });
    }

    @Test
    void emptyTextHasNoRecords() {
        assertThat(reader.read("")).isEmpty();
        assertThat(reader.read("\n\r\n")).isEmpty();
    }
}
