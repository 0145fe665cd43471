package org.skillsmatrix.domain.imports;

/** What an import of people and teams does, or did. */
public record PeopleImportSummary(
        int peopleAdded, int peopleChanged, int peopleUnchanged, int teamsAdded, int teamsChanged) {

    /** How many people and teams are added or changed. */
    public int changes() {
        return peopleAdded + peopleChanged + teamsAdded + teamsChanged;
    }

    @Override
    public String toString() {
        return peopleAdded + " people added, " + peopleChanged + " changed, " + peopleUnchanged + " unchanged; "
                + teamsAdded + " teams added, " + teamsChanged + " changed";
    }
}
