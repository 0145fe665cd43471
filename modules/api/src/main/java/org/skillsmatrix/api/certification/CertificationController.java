package org.skillsmatrix.api.certification;

import static org.skillsmatrix.api.base.ApiPaths.V1;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.net.URI;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import org.skillsmatrix.api.base.Caller;
import org.skillsmatrix.domain.base.CertificateId;
import org.skillsmatrix.domain.base.CertificationId;
import org.skillsmatrix.domain.base.PersonId;
import org.skillsmatrix.domain.base.TeamId;
import org.skillsmatrix.domain.certification.CertificationCatalog;
import org.skillsmatrix.domain.certification.HoldCertificates;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/** The catalog's certifications, and the certificates people record and their managers verify. */
@RestController
@Tag(name = "Certifications", description = "Certifications of the catalog and the certificates people hold")
class CertificationController {

    private final CertificationCatalog catalog;
    private final HoldCertificates certificates;
    private final Caller caller;

    CertificationController(CertificationCatalog catalog, HoldCertificates certificates, Caller caller) {
        this.catalog = catalog;
        this.certificates = certificates;
        this.caller = caller;
    }

    @GetMapping(path = V1 + "/certifications", produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "The catalog's certifications, by name (everyone signed in)")
    List<CertificationDto> certifications() {
        return catalog.list(caller.actor()).stream().map(CertificationDto::of).toList();
    }

    @GetMapping(path = V1 + "/people/{id}/certificates", produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(
            summary = "A person's certificates",
            description = "The soonest to expire first, each VALID, EXPIRING or EXPIRED today. For the person, their"
                    + " managers and HR.")
    List<CertificateDto> certificates(@Parameter(description = "The person") @PathVariable UUID id) {
        return certificates.of(caller.actor(), new PersonId(id)).stream()
                .map(CertificateDto::of)
                .toList();
    }

    @GetMapping(path = V1 + "/teams/{id}/certificates", produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(
            summary = "The certificates of a team's members",
            description = "Member by member, each member's soonest to expire first, each VALID, EXPIRING or EXPIRED"
                    + " today; members without any are left out. For HR and the team's managers.")
    List<CertificateDto> teamCertificates(@Parameter(description = "The team") @PathVariable UUID id) {
        return certificates.ofTeam(caller.actor(), new TeamId(id)).values().stream()
                .flatMap(List::stream)
                .map(CertificateDto::of)
                .toList();
    }

    @PostMapping(
            path = V1 + "/me/certificates",
            consumes = MediaType.APPLICATION_JSON_VALUE,
            produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(
            summary = "Record a certificate you hold (employees)",
            description = "A certification of the catalog, the issue date (today or earlier), the expiry date (after"
                    + " it) and optionally an http or https link to evidence.")
    ResponseEntity<CertificateDto> record(@Valid @RequestBody NewCertificate certificate) {
        var actor = caller.actor();
        var held = certificates.record(
                actor,
                new CertificationId(Objects.requireNonNull(certificate.certification())),
                Objects.requireNonNull(certificate.issued()),
                Objects.requireNonNull(certificate.expires()),
                certificate.evidence());
        return ResponseEntity.created(URI.create(V1 + "/people/" + actor.person() + "/certificates"))
                .body(CertificateDto.of(held));
    }

    @PostMapping(path = V1 + "/certificates/{id}/verification", produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(
            summary = "Verify a team member's certificate (their managers)",
            description = "Records you as its verifier; a certificate already verified stays as it is.")
    CertificateDto verify(@Parameter(description = "The certificate") @PathVariable UUID id) {
        return CertificateDto.of(certificates.verify(caller.actor(), new CertificateId(id)));
    }
}
