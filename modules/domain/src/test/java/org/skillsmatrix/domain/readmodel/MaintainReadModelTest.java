package org.skillsmatrix.domain.readmodel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.skillsmatrix.domain.testing.DomainAssertions.assertDenied;
import static org.skillsmatrix.domain.testing.TestOrganisation.admin;
import static org.skillsmatrix.domain.testing.TestOrganisation.hr;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.skillsmatrix.domain.audit.AuditEntry;
import org.skillsmatrix.domain.readmodel.ReadModelCheck.Part;
import org.skillsmatrix.domain.testing.TestOrganisation;

class MaintainReadModelTest {

    /** A read model with one row astray until it is rebuilt; it says what was asked of it. */
    static final class AstrayReadModel implements ReadModel {

        final List<String> asked = new ArrayList<>();
        boolean rebuilt;

        @Override
        public ReadModelCheck verify() {
            asked.add("verify");
            return new ReadModelCheck(List.of(new Part("current_rating", 12, rebuilt ? 0 : 1)));
        }

        @Override
        public void rebuild() {
            asked.add("rebuild");
            rebuilt = true;
        }

        @Override
        public void rebuiltAfter(Runnable bulkAppends) {
            bulkAppends.run();
            rebuild();
        }
    }

    private final TestOrganisation world = new TestOrganisation();
    private final AstrayReadModel readModel = new AstrayReadModel();
    private final MaintainReadModel maintain = new MaintainReadModel(readModel, world.policy, world.auditor);

    @Test
    void anAdminChecksTheReadModelAndTheCheckIsAudited() {
        var adam = world.person("Adam Admin");

        var check = maintain.verify(admin(adam));

        assertThat(check.consistent()).isFalse();
        assertThat(world.auditLog.entries())
                .extracting(AuditEntry::actor, AuditEntry::action, AuditEntry::detail)
                .containsExactly(tuple(adam.id(), "read-model.verified", "current_rating: 12 rows, 1 differing"));
    }

    @Test
    void aRebuildIsCheckedAfterwards() {
        var check = maintain.rebuild(admin(world.person("Adam Admin")));

        assertThat(readModel.asked).containsExactly("rebuild", "verify");
        assertThat(check.consistent()).isTrue();
        assertThat(world.auditLog.entries()).extracting(AuditEntry::action).containsExactly("read-model.rebuilt");
    }

    @Test
    void nobodyButAnAdminMayCheckOrRebuild() {
        var hr = hr(world.person("Hannah HR"));

        assertDenied(() -> maintain.verify(hr));
        assertDenied(() -> maintain.rebuild(hr));
        assertThat(readModel.asked).isEmpty();
        assertThat(world.auditLog.entries()).isEmpty();
    }
}
