package org.skillsmatrix.domain.certification;

import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.skillsmatrix.domain.base.CertificationId;
import org.skillsmatrix.domain.base.SkillId;
import org.skillsmatrix.domain.base.Texts;

/** A named credential in the catalog (a cloud provider's, a Kubernetes or a security certification), optionally tied to the skill it attests. */
public record Certification(
        CertificationId id, String name, @Nullable SkillId skill, long version) {

    public static final int MAX_NAME = 120;

    public Certification {
        Objects.requireNonNull(id, "id");
        name = Texts.requireName(name, "name", MAX_NAME);
    }
}
