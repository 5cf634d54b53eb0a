package vn.party.cadre.position;

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
import vn.party.cadre.rules.PositionKind;

import java.util.UUID;

/** A post of a unit (chức vụ): a party post, or a post outside the party tree held concurrently. */
@Entity
@Table(name = "position")
public class Position extends Stamped implements Scoped {

    @Id
    public UUID id;

    @Column(name = "unit_code", nullable = false, updatable = false)
    public String unitCode;

    @Formula("(select cast(r.path as text) from org_unit_replica r where r.code = unit_code)")
    public String unitPath;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false)
    public PositionKind kind;

    @Column(nullable = false)
    public String title;

    /** How many may hold it at once (committee members, deputies). */
    @Column(nullable = false)
    public int seats;

    @Version
    public long version;

    @Override
    public String scopePath() {
        return unitPath;
    }
}
