package org.skillsmatrix.domain.certification;

import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.skillsmatrix.domain.access.AccessPolicy;
import org.skillsmatrix.domain.access.Action;
import org.skillsmatrix.domain.access.Actor;
import org.skillsmatrix.domain.audit.Auditor;
import org.skillsmatrix.domain.base.CertificateId;
import org.skillsmatrix.domain.base.CertificationId;
import org.skillsmatrix.domain.base.InvalidInput;
import org.skillsmatrix.domain.base.NotFound;
import org.skillsmatrix.domain.base.PersonId;
import org.skillsmatrix.domain.base.ReadOnly;
import org.skillsmatrix.domain.base.TeamId;
import org.skillsmatrix.domain.people.People;
import org.skillsmatrix.domain.team.Teams;

/**
 * Use case: a person records a certificate they hold (a certification of the catalog, its issue and expiry dates, an
 * optional evidence link); their manager verifies it; the person, their managers and HR read the certificates with
 * where each stands today ({@link CertificateValidity}).
 */
@Transactional
public class HoldCertificates {

    private final Certificates certificates;
    private final Certifications certifications;
    private final People people;
    private final Teams teams;
    private final AccessPolicy policy;
    private final Auditor auditor;
    private final CertificateValidity validity;
    private final Clock clock;

    public HoldCertificates(
            Certificates certificates,
            Certifications certifications,
            People people,
            Teams teams,
            AccessPolicy policy,
            Auditor auditor,
            CertificateValidity validity,
            Clock clock) {
        this.certificates = certificates;
        this.certifications = certifications;
        this.people = people;
        this.teams = teams;
        this.policy = policy;
        this.auditor = auditor;
        this.validity = validity;
        this.clock = clock;
    }

    /**
     * The actor records a certificate of their own; the issue date must not lie in the future. The same certificate
     * recorded again (the same certification, dates and evidence) is left as stored: nothing is written or audited.
     */
    public HeldCertificate record(
            Actor actor,
            CertificationId certificationId,
            LocalDate issued,
            LocalDate expires,
            @Nullable String evidence) {
        var person = actor.person();
        policy.check(actor, new Action.RecordCertificate(person));
        var self = people.byId(person).orElseThrow(() -> new NotFound("Person", person));
        if (!self.active()) {
            throw new InvalidInput("person", "person.left.certificates", self.name());
        }
        var certification = certifications
                .byId(certificationId)
                .orElseThrow(() -> new InvalidInput("certification", "certification.unknown"));
        if (issued.isAfter(LocalDate.now(clock))) {
            throw new InvalidInput("issued", "certificate.issued-in-future");
        }
        var same = certificates.of(List.of(person)).stream()
                .filter(held -> held.certification().equals(certificationId)
                        && held.issued().equals(issued)
                        && held.expires().equals(expires)
                        && Objects.equals(held.evidence(), evidence))
                .findFirst();
        if (same.isPresent()) {
            return held(same.get(), certification);
        }
        var recorded = certificates.add(new Certificate(
                CertificateId.random(),
                person,
                certificationId,
                issued,
                expires,
                evidence,
                clock.instant(),
                null,
                null,
                0));
        auditor.record(actor, "certificate.recorded", person, certification.name() + " " + issued + " to " + expires);
        return held(recorded, certification);
    }

    /** A manager of the holder verifies the certificate; verifying it again changes nothing. */
    public HeldCertificate verify(Actor actor, CertificateId id) {
        var certificate = certificates.byId(id).orElseThrow(() -> new NotFound("Certificate", id));
        policy.check(actor, new Action.VerifyCertificate(certificate.person()));
        var certification = certificationOf(certificate);
        if (certificate.verified()) {
            return held(certificate, certification);
        }
        var verified = certificates.update(certificate.verifiedBy(actor.person(), clock.instant()));
        auditor.record(actor, "certificate.verified", certificate.person(), certification.name());
        return held(verified, certification);
    }

    /** Whether the actor may record certificates of this person (their own): what a view shows the form for. */
    public boolean mayRecord(Actor actor, PersonId person) {
        return policy.allows(actor, new Action.RecordCertificate(person));
    }

    /** Whether the actor may verify this person's certificates: what a view shows the button for. */
    public boolean mayVerify(Actor actor, PersonId person) {
        return policy.allows(actor, new Action.VerifyCertificate(person));
    }

    /** Days from today to the certificate's expiry: 0 on its last valid day, negative once expired. */
    public long daysLeft(HeldCertificate held) {
        return validity.daysLeft(held.certificate());
    }

    /** The person's certificates, the soonest to expire first. */
    @ReadOnly
    public List<HeldCertificate> of(Actor actor, PersonId person) {
        policy.check(actor, new Action.ReadPerson(person));
        people.byId(person).orElseThrow(() -> new NotFound("Person", person));
        return held(List.of(person)).getOrDefault(person, List.of());
    }

    /** The certificates of the team's members, by member; members without any are left out. */
    @ReadOnly
    public Map<PersonId, List<HeldCertificate>> ofTeam(Actor actor, TeamId team) {
        policy.check(actor, new Action.ReadTeam(team));
        var found = teams.byId(team).orElseThrow(() -> new NotFound("Team", team));
        return held(found.members());
    }

    /**
     * The team's members whose latest certificate of a certification is expiring or expired, with those certificates:
     * what the team matrix flags. A certificate renewed by a later one of the same certification is not flagged.
     */
    @ReadOnly
    public Map<PersonId, List<HeldCertificate>> toRenew(Actor actor, TeamId team) {
        var flagged = new LinkedHashMap<PersonId, List<HeldCertificate>>();
        ofTeam(actor, team).forEach((person, list) -> {
            var latest = new LinkedHashMap<CertificationId, HeldCertificate>();
            list.forEach(held -> latest.merge(
                    held.certification().id(),
                    held,
                    (one, other) -> one.certificate()
                                    .expires()
                                    .isAfter(other.certificate().expires())
                            ? one
                            : other));
            var renew = latest.values().stream()
                    .filter(held -> held.status() != CertificateStatus.VALID)
                    .toList();
            if (!renew.isEmpty()) {
                flagged.put(person, renew);
            }
        });
        return flagged;
    }

    private Map<PersonId, List<HeldCertificate>> held(Collection<PersonId> holders) {
        var catalog = certifications.all().stream().collect(Collectors.toMap(Certification::id, Function.identity()));
        var held = new LinkedHashMap<PersonId, List<HeldCertificate>>();
        for (var certificate : certificates.of(holders)) {
            var certification = catalog.get(certificate.certification());
            if (certification != null) {
                held.computeIfAbsent(certificate.person(), person -> new ArrayList<>())
                        .add(held(certificate, certification));
            }
        }
        return held;
    }

    private Certification certificationOf(Certificate certificate) {
        return certifications
                .byId(certificate.certification())
                .orElseThrow(() -> new NotFound("Certification", certificate.certification()));
    }

    private HeldCertificate held(Certificate certificate, Certification certification) {
        return new HeldCertificate(certificate, certification, validity.status(certificate));
    }
}
