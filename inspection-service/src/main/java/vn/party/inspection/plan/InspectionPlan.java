package vn.party.inspection.plan;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.hibernate.annotations.Formula;
import vn.party.backbone.audit.Stamped;
import vn.party.backbone.scope.Scoped;

import java.util.UUID;

/** A body's yearly inspection-and-supervision plan (chương trình kiểm tra, giám sát năm). */
@Entity
@Table(name = "inspection_plan")
public class InspectionPlan extends Stamped implements Scoped {

    @Id
    public UUID id;

    @Column(name = "body_id", nullable = false, updatable = false)
    public UUID bodyId;

    /** The body's unit: the plan belongs there. */
    @Column(name = "unit_code", nullable = false, updatable = false)
    public String unitCode;

    @Column(nullable = false, updatable = false)
    public int year;

    @Version
    public long version;

    @Formula("(select cast(r.path as text) from org_unit_replica r where r.code = unit_code)")
    public String unitPath;

    @Override
    public String scopePath() {
        return unitPath;
    }
}
