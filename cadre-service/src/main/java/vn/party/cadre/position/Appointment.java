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

/** An act of appointment, reappointment or rotation into a post; never changed. */
@Entity
@Table(name = "appointment")
public class Appointment extends io.quarkus.hibernate.orm.panache.PanacheEntityBase implements Scoped {

    public enum Kind { FIRST, REAPPOINTMENT, ROTATION }

    @Id
    public UUID id;

    @Column(name = "holding_id", nullable = false, updatable = false)
    public UUID holdingId;

    @Column(name = "cadre_id", nullable = false, updatable = false)
    public UUID cadreId;

    @Column(name = "unit_code", nullable = false, updatable = false)
    public String unitCode;

    @Formula("(select cast(r.path as text) from org_unit_replica r where r.code = unit_code)")
    public String unitPath;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false)
    public Kind kind;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false)
    public AppointmentMethod method;

    @Column(name = "decision_number", nullable = false, updatable = false)
    public String decisionNumber;

    @Column(name = "effective_on", nullable = false, updatable = false)
    public LocalDate effectiveOn;

    @Column(name = "recorded_at", nullable = false, updatable = false)
    public OffsetDateTime recordedAt;

    @Column(name = "recorded_by", nullable = false, updatable = false)
    public String recordedBy;

    @Override
    public String scopePath() {
        return unitPath;
    }
}
