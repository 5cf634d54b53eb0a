package vn.party.inspection.discipline;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.hibernate.annotations.Immutable;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/**
 * A correction (đính chính) of a decision's facts, the violation's wording or its date: a record beside the decision,
 * which stays as it was made. A field left null is not corrected by this record.
 */
@Entity
@Immutable
@Table(name = "discipline_correction")
public class Correction extends PanacheEntityBase {

    @Id
    public UUID id;

    /** Reached only through its decision, which ScopedData found first. */
    @Column(name = "decision_id", nullable = false)
    public UUID decisionId;

    @Column(name = "corrected_on", nullable = false)
    public LocalDate correctedOn;

    public String violation;

    @Column(name = "violation_on")
    public LocalDate violationOn;

    @Column(name = "violation_key", nullable = false)
    public String violationKey;

    @Column(nullable = false)
    public String reason;

    @Column(name = "created_at", nullable = false)
    public OffsetDateTime createdAt;

    @Column(name = "created_by", nullable = false)
    public String createdBy;

    static List<Correction> of(UUID decisionId) {
        return list("decisionId = ?1 order by correctedOn, createdAt", decisionId);
    }
}
