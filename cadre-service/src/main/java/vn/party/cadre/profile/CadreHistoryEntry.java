package vn.party.cadre.profile;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.hibernate.annotations.Immutable;

import java.time.LocalDate;
import java.util.UUID;

/**
 * One row of the view {@code cadre_history} (V9): something that happened to a cadre, recorded by the position,
 * planning or training feature. Read only; the view is scoped by the cadre's profile ({@link CadreHistory}).
 */
@Entity
@Immutable
@Table(name = "cadre_history")
public class CadreHistoryEntry {

    /** What happened, as the view names it. */
    public enum Kind {
        HOLDING_STARTED, HOLDING_ENDED, APPOINTED, REAPPOINTED, ROTATED, PLAN_ENTRY_ADDED, PLAN_ENTRY_REMOVED,
        TRAINING_ENROLLED, TRAINING_COMPLETED, ACCOUNTABILITY_ACTION
    }

    /** The kind and the id of the row it comes from, e.g. {@code rotation:<uuid>}. */
    @Id
    @Column(name = "entry_id")
    public String entryId;

    @Column(name = "cadre_id")
    public UUID cadreId;

    @Column(name = "on_date")
    public LocalDate on;

    public String kind;

    /** Orders what happened on the same day (a post taken first, left last). */
    public int seq;

    @Column(name = "unit_code")
    public String unitCode;

    @Column(name = "position_kind")
    public String positionKind;

    public String title;

    public String decision;

    public String detail;
}
