package org.skillsmatrix.domain.certification;

import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.skillsmatrix.domain.access.AccessPolicy;
import org.skillsmatrix.domain.access.Action;
import org.skillsmatrix.domain.access.Actor;
import org.skillsmatrix.domain.audit.Auditor;
import org.skillsmatrix.domain.base.CertificationId;
import org.skillsmatrix.domain.base.InvalidInput;
import org.skillsmatrix.domain.base.ReadOnly;
import org.skillsmatrix.domain.base.SkillId;
import org.skillsmatrix.domain.catalog.Catalog;

/** Use case: everyone signed in reads the catalog's certifications; admins add one, optionally tied to a skill. */
@Transactional
public class CertificationCatalog {

    private final Certifications certifications;
    private final Catalog catalog;
    private final AccessPolicy policy;
    private final Auditor auditor;

    public CertificationCatalog(Certifications certifications, Catalog catalog, AccessPolicy policy, Auditor auditor) {
        this.certifications = certifications;
        this.catalog = catalog;
        this.policy = policy;
        this.auditor = auditor;
    }

    /** Every certification, by name. */
    @ReadOnly
    public List<Certification> list(Actor actor) {
        policy.check(actor, new Action.ReadCatalog());
        return certifications.all();
    }

    public Certification add(Actor actor, String name, @Nullable SkillId skill) {
        policy.check(actor, new Action.MaintainCatalog());
        var certification = new Certification(CertificationId.random(), name, skill, 0);
        if (skill != null && catalog.skill(skill).isEmpty()) {
            throw new InvalidInput("skill", "skill.unknown");
        }
        var key = certification.name().toLowerCase(Locale.ROOT);
        if (certifications.all().stream()
                .anyMatch(existing -> existing.name().toLowerCase(Locale.ROOT).equals(key))) {
            throw new InvalidInput("name", "certification.name-taken", certification.name());
        }
        var added = certifications.add(certification);
        auditor.record(actor, "certification.added", added.id(), added.name());
        return added;
    }
}
