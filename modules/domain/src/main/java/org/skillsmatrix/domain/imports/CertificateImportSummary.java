package org.skillsmatrix.domain.imports;

/**
 * What an import of certificates does, or did.
 *
 * @param added the certificates the file records
 * @param alreadyPresent the certificates of the file recorded already, e.g. by an earlier import of it
 */
public record CertificateImportSummary(int added, int alreadyPresent) {

    @Override
    public String toString() {
        return added + " certificates added, " + alreadyPresent + " present already";
    }
}
