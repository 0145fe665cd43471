package org.skillsmatrix.ui.imports;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.skillsmatrix.domain.access.Action;
import org.skillsmatrix.domain.imports.ImportAssessments;
import org.skillsmatrix.domain.imports.ImportCertificates;
import org.skillsmatrix.domain.imports.ImportPeople;

/**
 * What a file imports: its texts, its columns, the action that allows it and a template to start from. The
 * templates name made-up people at example.org, never the demo organisation's, so a template uploaded unchanged
 * changes nobody who exists.
 */
enum ImportKind {
    PEOPLE(
            "import.kind.people",
            "import.kind.people.description",
            new Action.MaintainPeopleAndTeams(),
            ImportPeople.REQUIRED,
            ImportPeople.OPTIONAL,
            "people-and-teams",
            """
            email,name,teams,manages,role_profile,active
            robin.example@example.org,Robin Example,Example Team,,,true
            kim.example@example.org,Kim Example,,Example Team,,true
            """),
    RATINGS(
            "import.kind.ratings",
            "import.kind.ratings.description",
            new Action.ImportAssessments(),
            ImportAssessments.REQUIRED,
            ImportAssessments.OPTIONAL,
            "ratings",
            """
            email,skill,level,source,assessed_at,interest,assessor,evidence
            robin.example@example.org,PostgreSQL,3,self,2026-01-12T09:30:00Z,wants_to_grow,,Ran the upgrade
            robin.example@example.org,PostgreSQL,2,manager,2026-01-20,,kim.example@example.org,
            """),
    CERTIFICATES(
            "import.kind.certificates",
            "import.kind.certificates.description",
            new Action.ImportCertificates(),
            ImportCertificates.REQUIRED,
            ImportCertificates.OPTIONAL,
            "certificates",
            """
            email,certification,issued,expires,evidence
            robin.example@example.org,Certified Kubernetes Administrator (CKA),2025-03-01,2028-03-01,https://example.org/cka
            kim.example@example.org,CompTIA Security+,2024-11-15,2027-11-15,
            """);

    final String labelKey;
    final String descriptionKey;
    final Action allowedBy;
    final List<String> required;
    final List<String> optional;
    private final String templateName;
    private final String template;

    ImportKind(
            String labelKey,
            String descriptionKey,
            Action allowedBy,
            List<String> required,
            List<String> optional,
            String templateName,
            String template) {
        this.labelKey = labelKey;
        this.descriptionKey = descriptionKey;
        this.allowedBy = allowedBy;
        this.required = required;
        this.optional = optional;
        this.templateName = templateName;
        this.template = template;
    }

    String templateFileName() {
        return templateName + ".csv";
    }

    /** The template's bytes: UTF-8, the header and two example rows. */
    byte[] template() {
        return template.getBytes(StandardCharsets.UTF_8);
    }
}
