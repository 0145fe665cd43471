package org.skillsmatrix.domain.whatif;

import org.skillsmatrix.domain.certification.Certification;
import org.skillsmatrix.domain.certification.CertificationCoverage;

/** One certification target of a team whose shortfall the change alters: its coverage today and after. */
public record TeamCertificationChange(CertificationCoverage before, CertificationCoverage after) {

    /** Whether the change alters how many holders the target misses (and so, maybe, whether it is met). */
    static boolean notable(CertificationCoverage before, CertificationCoverage after) {
        return before.shortfall() != after.shortfall();
    }

    public Certification certification() {
        return after.certification();
    }

    /** The target is met today and would not be. */
    public boolean targetBroken() {
        return before.met() && !after.met();
    }

    /** The target is missed today and would be met. */
    public boolean targetFixed() {
        return !before.met() && after.met();
    }
}
