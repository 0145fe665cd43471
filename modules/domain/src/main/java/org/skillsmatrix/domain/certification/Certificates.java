package org.skillsmatrix.domain.certification;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.skillsmatrix.domain.base.CertificateId;
import org.skillsmatrix.domain.base.PersonId;

/** Port: the certificates people hold. Changes fail with ConcurrentEdit on a stale version. */
public interface Certificates {

    /** Stores a new certificate, whatever {@code certificate.version()} says, and returns it at its first version. */
    Certificate add(Certificate certificate);

    /** Replaces the certificate read at {@code certificate.version()} and returns it at the next version. */
    Certificate update(Certificate certificate);

    Optional<Certificate> byId(CertificateId id);

    /** The certificates of these people, the soonest to expire first. */
    List<Certificate> of(Collection<PersonId> people);
}
