package org.skillsmatrix.domain.certification;

import java.util.List;
import java.util.Optional;
import org.skillsmatrix.domain.base.CertificationId;

/** Port: the certifications of the catalog. */
public interface Certifications {

    /** Every certification, by name. */
    List<Certification> all();

    Optional<Certification> byId(CertificationId id);

    /** Stores a new certification at its first version; a name already taken (ignoring case) is refused. */
    Certification add(Certification certification);
}
