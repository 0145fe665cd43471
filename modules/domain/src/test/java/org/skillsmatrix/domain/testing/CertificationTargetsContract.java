package org.skillsmatrix.domain.testing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.skillsmatrix.domain.base.CertificationId;
import org.skillsmatrix.domain.base.ConcurrentEdit;
import org.skillsmatrix.domain.base.TeamId;
import org.skillsmatrix.domain.certification.Certification;
import org.skillsmatrix.domain.certification.CertificationTarget;
import org.skillsmatrix.domain.certification.CertificationTargets;
import org.skillsmatrix.domain.certification.Certifications;
import org.skillsmatrix.domain.team.Team;
import org.skillsmatrix.domain.team.Teams;

/**
 * What every {@link CertificationTargets} must do: at most one target per team and certification, and no edit that
 * silently replaces another. Each test makes its own teams and certifications, with names unique to the test.
 */
public abstract class CertificationTargetsContract {

    protected abstract CertificationTargets targets();

    protected abstract Teams teams();

    protected abstract Certifications certifications();

    private CertificationTargets targets;
    private TeamId payments;
    private TeamId search;
    private CertificationId cka;
    private CertificationId cissp;

    @BeforeEach
    void freshTeamsAndCertifications() {
        targets = targets();
        var tag = UUID.randomUUID().toString().substring(0, 8);
        payments = teams().add(new Team(TeamId.random(), "Payments " + tag, Set.of(), Set.of(), 0))
                .id();
        search = teams().add(new Team(TeamId.random(), "Search " + tag, Set.of(), Set.of(), 0))
                .id();
        cka = certifications()
                .add(new Certification(CertificationId.random(), "CKA " + tag, null, 0))
                .id();
        cissp = certifications()
                .add(new Certification(CertificationId.random(), "CISSP " + tag, null, 0))
                .id();
    }

    @Test
    void anAddedTargetIsFoundAsStoredAtTheFirstVersionWhateverVersionItCarries() {
        var added = targets.add(new CertificationTarget(payments, cka, 2, 7));

        assertThat(added).isEqualTo(new CertificationTarget(payments, cka, 2, 0));
        assertThat(targets.find(payments, cka)).contains(added);
        assertThat(targets.of(payments)).containsExactly(added);
        assertThat(targets.of(search)).isEmpty();
    }

    @Test
    void addingATargetTheTeamAlreadyHasFailsAndKeepsTheFirst() {
        var first = targets.add(new CertificationTarget(payments, cka, 2, 0));

        assertThatThrownBy(() -> targets.add(new CertificationTarget(payments, cka, 5, 0)))
                .isInstanceOf(ConcurrentEdit.class);

        assertThat(targets.find(payments, cka)).contains(first);
        assertThat(targets.add(new CertificationTarget(search, cka, 1, 0)).holders())
                .isEqualTo(1);
    }

    @Test
    void anUpdateReplacesTheTargetAtTheNextVersionAndAStaleOneFails() {
        var added = targets.add(new CertificationTarget(payments, cka, 2, 0));
        var updated = targets.update(new CertificationTarget(payments, cka, 3, added.version()));

        assertThat(updated).isEqualTo(new CertificationTarget(payments, cka, 3, added.version() + 1));
        assertThatThrownBy(() -> targets.update(new CertificationTarget(payments, cka, 4, added.version())))
                .isInstanceOf(ConcurrentEdit.class);
        assertThatThrownBy(() -> targets.update(new CertificationTarget(payments, cissp, 4, 0)))
                .as("an update never creates a target")
                .isInstanceOf(ConcurrentEdit.class);
        assertThat(targets.of(payments)).containsExactly(updated);
    }

    @Test
    void aRemovedTargetIsGoneAndRemovingItAgainOrAtAStaleVersionFails() {
        var added = targets.add(new CertificationTarget(payments, cka, 2, 0));
        var kept = targets.add(new CertificationTarget(payments, cissp, 1, 0));
        var updated = targets.update(new CertificationTarget(payments, cka, 3, added.version()));

        assertThatThrownBy(() -> targets.remove(payments, cka, added.version())).isInstanceOf(ConcurrentEdit.class);
        targets.remove(payments, cka, updated.version());

        assertThat(targets.find(payments, cka)).isEmpty();
        assertThat(targets.of(payments)).containsExactly(kept);
        assertThatThrownBy(() -> targets.remove(payments, cka, updated.version()))
                .isInstanceOf(ConcurrentEdit.class);
    }
}
