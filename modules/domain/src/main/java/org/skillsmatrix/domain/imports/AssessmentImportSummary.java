package org.skillsmatrix.domain.imports;

/**
 * What an import of ratings does, or did.
 *
 * @param added the ratings the file adds to the history
 * @param alreadyPresent the ratings of the file that the history holds already, e.g. from an earlier import of it
 */
public record AssessmentImportSummary(int added, int alreadyPresent) {

    @Override
    public String toString() {
        return added + " ratings added, " + alreadyPresent + " present already";
    }
}
