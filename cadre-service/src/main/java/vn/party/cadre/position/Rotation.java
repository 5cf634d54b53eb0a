package vn.party.cadre.position;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.hibernate.annotations.Formula;
import vn.party.backbone.scope.Scoped;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;

/** Luân chuyển cán bộ: a cadre sent up, down or across to a post of the receiving unit; never changed. */
@Entity
@Table(name = "rotation")
public class Rotation extends io.quarkus.hibernate.orm.panache.PanacheEntityBase implements Scoped {

    public enum Direction { UP, DOWN, ACROSS }

    @Id
    public UUID id;

    @Column(name = "cadre_id", nullable = false, updatable = false)
    public UUID cadreId;

    @Column(name = "from_unit_code", nullable = false, updatable = false)
    public String fromUnitCode;

    /** The receiving unit: the rotation belongs to its subtree. */
    @Column(name = "unit_code", nullable = false, updatable = false)
    public String unitCode;

    @Formula("(select cast(r.path as text) from org_unit_replica r where r.code = unit_code)")
    public String unitPath;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false)
    public Direction direction;

    @Column(name = "from_holding_id", updatable = false)
    public UUID fromHoldingId;

    @Column(name = "to_holding_id", nullable = false, updatable = false)
    public UUID toHoldingId;

    @Column(name = "effective_on", nullable = false, updatable = false)
    public LocalDate effectiveOn;

    @Column(name = "planned_until", updatable = false)
    public LocalDate plannedUntil;

    @Column(name = "decision_number", nullable = false, updatable = false)
    public String decisionNumber;

    @Column(name = "recorded_at", nullable = false, updatable = false)
    public OffsetDateTime recordedAt;

    @Column(name = "recorded_by", nullable = false, updatable = false)
    public String recordedBy;

    @Override
    public String scopePath() {
        return unitPath;
    }
}
