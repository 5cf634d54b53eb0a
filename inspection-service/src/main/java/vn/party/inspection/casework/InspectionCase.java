package vn.party.inspection.casework;

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
import vn.party.contracts.inspection.CaseActivity;
import vn.party.contracts.inspection.CaseKind;
import vn.party.inspection.rules.CaseRules;

import java.time.LocalDate;
import java.util.UUID;

/** An inspection (kiểm tra) or a supervision (giám sát) decided by a body; it belongs to the body's unit. */
@Entity
@Table(name = "inspection_case")
public class InspectionCase extends Stamped implements Scoped {

    @Id
    public UUID id;

    @Column(name = "body_id", nullable = false, updatable = false)
    public UUID bodyId;

    @Column(name = "unit_code", nullable = false, updatable = false)
    public String unitCode;

    @Enumerated(EnumType.STRING)
    @Column(name = "body_kind", nullable = false, updatable = false)
    public BodyKind bodyKind;

    @Enumerated(EnumType.STRING)
    @Column(name = "body_level", nullable = false, updatable = false)
    public BodyLevel bodyLevel;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false)
    public CaseActivity activity;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false)
    public CaseKind kind;

    /** False for a surprise case (đột xuất), including those opened from a denunciation. */
    @Column(nullable = false, updatable = false)
    public boolean planned;

    @Column(name = "denunciation_id", updatable = false)
    public UUID denunciationId;

    @Column(nullable = false)
    public String title;

    @Column(name = "decided_on", nullable = false, updatable = false)
    public LocalDate decidedOn;

    @Column(name = "started_on")
    public LocalDate startedOn;

    @Column(name = "concluded_on")
    public LocalDate concludedOn;

    @Column(name = "closed_on")
    public LocalDate closedOn;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public CaseRules.Status status;

    @Version
    public long version;

    @Formula("(select cast(r.path as text) from org_unit_replica r where r.code = unit_code)")
    public String unitPath;

    @Override
    public String scopePath() {
        return unitPath;
    }
}
