package org.skillsmatrix.persistence.scale;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.skillsmatrix.domain.scale.Level;
import org.skillsmatrix.domain.scale.ScaleLevel;

@Entity
@Table(name = "scale_level")
class ScaleLevelEntity {

    /** The level's number; ids take no converter, so it is mapped by hand. */
    @Id
    private short level;

    private String name;

    private String descriptor;

    @Version
    private long version;

    protected ScaleLevelEntity() {
        this.name = "";
        this.descriptor = "";
    }

    void apply(ScaleLevel scaleLevel) {
        this.name = scaleLevel.name();
        this.descriptor = scaleLevel.descriptor();
    }

    long version() {
        return version;
    }

    ScaleLevel toDomain() {
        return new ScaleLevel(Level.of(level), name, descriptor, version);
    }
}
