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

import java.time.LocalDate;
import java.util.UUID;

/** One person holding one post from a date until a date (open while held), with the decision behind it. */
@Entity
@Table(name = "position_holding")
public class PositionHolding extends Stamped implements Scoped {

    @Id
    public UUID id;

    @Column(name = "position_id", nullable = false, updatable = false)
    public UUID positionId;

    @Column(name = "unit_code", nullable = false, updatable = false)
    public String unitCode;

    @Formula("(select cast(r.path as text) from org_unit_replica r where r.code = unit_code)")
    public String unitPath;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false)
    public PositionKind kind;

    @Column(name = "cadre_id", nullable = false, updatable = false)
    public UUID cadreId;

    @Column(name = "started_on", nullable = false, updatable = false)
    public LocalDate startedOn;

    @Column(name = "ended_on")
    public LocalDate endedOn;

    @Column(name = "end_reason")
    public String endReason;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false)
    public AppointmentMethod method;

    @Column(name = "decision_number", nullable = false, updatable = false)
    public String decisionNumber;

    /** The first term and one more for each reappointment. */
    @Column(nullable = false)
    public int terms;

    @Column(name = "last_appointed_on", nullable = false)
    public LocalDate lastAppointedOn;

    @Version
    public long version;

    @Override
    public String scopePath() {
        return unitPath;
    }

    public boolean current() {
        return endedOn == null;
    }

    void end(LocalDate on, String reason) {
        if (endedOn != null) {
            throw vn.party.backbone.problem.ProblemException.conflict("the holding already ended on " + endedOn);
        }
        if (on.isBefore(startedOn)) {
            throw vn.party.backbone.problem.ProblemException.invalid("endedOn", "on or after the start, " + startedOn);
        }
        endedOn = on;
        endReason = reason;
    }

    void reappointed(LocalDate on) {
        terms++;
        lastAppointedOn = on;
    }
}
