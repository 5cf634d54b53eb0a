package vn.party.inspection.body;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.hibernate.annotations.Formula;
import vn.party.backbone.audit.Stamped;
import vn.party.backbone.scope.Scoped;
import vn.party.contracts.inspection.BodyKind;
import vn.party.contracts.inspection.BodyLevel;

import java.util.UUID;

/** A body that inspects, supervises and disciplines: a unit and the kind of body of that unit. */
@Entity
@Table(name = "inspection_body")
public class Body extends Stamped implements Scoped {

    @Id
    public UUID id;

    @Column(name = "unit_code", nullable = false, updatable = false)
    public String unitCode;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false)
    public BodyKind kind;

    /** The level of the unit when the body was recorded (a unit's kind does not change). */
    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false)
    public BodyLevel level;

    @Version
    public long version;

    @Formula("(select cast(r.path as text) from org_unit_replica r where r.code = unit_code)")
    public String unitPath;

    @Override
    public String scopePath() {
        return unitPath;
    }
}
