package org.skillsmatrix.reporting.tables;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.skillsmatrix.domain.report.CertificateLine;
import org.skillsmatrix.reporting.base.Language;
import org.skillsmatrix.reporting.base.Table;

/** Certificates as a table: a row per certificate, with where it stands on the report's day and who verified it. */
final class CertificateTables {

    private CertificateTables() {}

    static Table of(List<CertificateLine> certificates, Language language) {
        var rows = new ArrayList<List<@Nullable Object>>();
        for (var line : certificates) {
            var verifier = line.verifiedBy();
            var verifiedOn = line.verifiedOn();
            rows.add(Rows.of(
                    line.person(),
                    line.certification(),
                    language.date(line.issued()),
                    language.date(line.expires()),
                    language.text("certificate." + line.status().name().toLowerCase(Locale.ROOT)),
                    verifier == null || verifiedOn == null
                            ? language.text("no")
                            : language.text("certificate.verified-by", verifier, language.date(verifiedOn))));
        }
        return new Table(
                language.text("table.certificates"),
                List.of(
                        language.column("person", 22),
                        language.column("certification", 34),
                        language.column("issued", 14),
                        language.column("expires", 14),
                        language.column("status", 10),
                        language.column("verified", 28)),
                rows);
    }
}
