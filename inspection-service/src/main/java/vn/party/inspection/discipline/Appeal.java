package vn.party.inspection.discipline;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.hibernate.annotations.Immutable;
import vn.party.contracts.inspection.AppealOutcome;
import vn.party.contracts.inspection.DisciplineForm;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/** An appeal against a decision and what the body that heard it decided: a record beside the decision. */
@Entity
@Immutable
@Table(name = "discipline_appeal")
public class Appeal extends PanacheEntityBase {

    @Id
    public UUID id;

    /** Reached only through its decision, which ScopedData found first. */
    @Column(name = "decision_id", nullable = false)
    public UUID decisionId;

    @Column(name = "lodged_on", nullable = false)
    public LocalDate lodgedOn;

    @Column(name = "heard_by_body_id", nullable = false)
    public UUID heardByBodyId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public AppealOutcome outcome;

    @Enumerated(EnumType.STRING)
    @Column(name = "previous_form", nullable = false)
    public DisciplineForm previousForm;

    /** The form in force after the appeal; null when annulled. */
    @Enumerated(EnumType.STRING)
    @Column(name = "resulting_form")
    public DisciplineForm resultingForm;

    @Column(name = "decided_on", nullable = false)
    public LocalDate decidedOn;

    @Column(nullable = false)
    public String regulation;

    @Column(name = "created_at", nullable = false)
    public OffsetDateTime createdAt;

    @Column(name = "created_by", nullable = false)
    public String createdBy;

    static List<Appeal> of(UUID decisionId) {
        return list("decisionId = ?1 order by decidedOn, createdAt", decisionId);
    }
}
