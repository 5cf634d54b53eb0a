package vn.party.inspection.discipline;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.hibernate.annotations.Formula;
import vn.party.backbone.audit.Stamped;
import vn.party.backbone.scope.Scoped;

import java.time.LocalDate;
import java.util.UUID;

/** Đình chỉ sinh hoạt đảng: a member's party activity suspended for a stated period. Belongs to the body's unit. */
@Entity
@Table(name = "suspension")
public class Suspension extends Stamped implements Scoped {

    @Id
    public UUID id;

    @Column(name = "body_id", nullable = false, updatable = false)
    public UUID bodyId;

    @Column(name = "unit_code", nullable = false, updatable = false)
    public String unitCode;

    @Column(name = "member_id", nullable = false, updatable = false)
    public UUID memberId;

    @Column(name = "member_unit_code", nullable = false, updatable = false)
    public String memberUnitCode;

    @Column(name = "starts_on", nullable = false, updatable = false)
    public LocalDate startsOn;

    /** The first day the member is back (the period's planned end). */
    @Column(name = "ends_on", nullable = false, updatable = false)
    public LocalDate endsOn;

    /** When it ended, early or on {@link #endsOn}; null while running. */
    @Column(name = "ended_on")
    public LocalDate endedOn;

    @Column(nullable = false, updatable = false)
    public String reason;

    @Column(name = "case_id", updatable = false)
    public UUID caseId;

    @Version
    public long version;

    @Formula("(select cast(r.path as text) from org_unit_replica r where r.code = unit_code)")
    public String unitPath;

    @Override
    public String scopePath() {
        return unitPath;
    }
}
