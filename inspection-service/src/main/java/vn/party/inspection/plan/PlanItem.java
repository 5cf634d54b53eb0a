package vn.party.inspection.plan;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import vn.party.contracts.inspection.CaseActivity;
import vn.party.contracts.inspection.CaseKind;
import vn.party.contracts.inspection.SubjectKind;

import java.util.List;
import java.util.UUID;

/** One line of a plan: so many inspections or supervisions of a kind, of organisations or members, in a quarter. */
@Entity
@Table(name = "plan_item")
public class PlanItem extends PanacheEntityBase {

    @Id
    public UUID id;

    /** Reached only through its plan, which {@link vn.party.backbone.scope.ScopedData} found first. */
    @Column(name = "plan_id", nullable = false, updatable = false)
    public UUID planId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public CaseActivity activity;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public CaseKind kind;

    @Enumerated(EnumType.STRING)
    @Column(name = "subject_kind", nullable = false)
    public SubjectKind subjectKind;

    @Column(nullable = false)
    public int quarter;

    @Column(name = "planned_count", nullable = false)
    public int plannedCount;

    public String description;

    static List<PlanItem> of(UUID planId) {
        return list("planId = ?1 order by quarter, activity, kind", planId);
    }
}
