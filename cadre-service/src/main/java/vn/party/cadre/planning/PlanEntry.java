package vn.party.cadre.planning;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.hibernate.annotations.Formula;
import vn.party.backbone.audit.Stamped;
import vn.party.backbone.problem.ProblemException;
import vn.party.backbone.scope.Scoped;
import vn.party.cadre.rules.PlanLevel;
import vn.party.cadre.rules.PositionGroup;
import vn.party.cadre.rules.PositionKind;

import java.time.LocalDate;
import java.util.UUID;

/** Quy hoạch: a cadre planned for a post of a unit, for a term and level, until taken out with a reason. */
@Entity
@Table(name = "plan_entry")
public class PlanEntry extends Stamped implements Scoped {

    @Id
    public UUID id;

    @Column(nullable = false, updatable = false)
    public String term;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false)
    public PlanLevel level;

    @Column(name = "unit_code", nullable = false, updatable = false)
    public String unitCode;

    @Formula("(select cast(r.path as text) from org_unit_replica r where r.code = unit_code)")
    public String unitPath;

    @Enumerated(EnumType.STRING)
    @Column(name = "position_kind", nullable = false, updatable = false)
    public PositionKind positionKind;

    @Enumerated(EnumType.STRING)
    @Column(name = "position_group", nullable = false, updatable = false)
    public PositionGroup positionGroup;

    @Column(name = "cadre_id", nullable = false, updatable = false)
    public UUID cadreId;

    @Column(name = "first_time", nullable = false, updatable = false)
    public boolean firstTime;

    @Column(name = "added_on", nullable = false, updatable = false)
    public LocalDate addedOn;

    @Column(name = "add_decision", updatable = false)
    public String addDecision;

    @Column(name = "removed_on")
    public LocalDate removedOn;

    @Column(name = "removal_reason")
    public String removalReason;

    @Column(name = "removal_decision")
    public String removalDecision;

    @Column(name = "removed_automatically", nullable = false)
    public boolean removedAutomatically;

    @Version
    public long version;

    @Override
    public String scopePath() {
        return unitPath;
    }

    public boolean active() {
        return removedOn == null;
    }

    void remove(LocalDate on, String reason, String decision, boolean automatic) {
        if (removedOn != null) {
            throw ProblemException.conflict("the entry was taken out of the plan on " + removedOn);
        }
        if (on.isBefore(addedOn)) {
            throw ProblemException.invalid("removedOn", "on or after the day of planning, " + addedOn);
        }
        removedOn = on;
        removalReason = reason;
        removalDecision = decision;
        removedAutomatically = automatic;
    }
}
