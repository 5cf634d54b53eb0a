package vn.party.inspection.discipline;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.hibernate.annotations.Formula;
import org.hibernate.annotations.Immutable;
import vn.party.backbone.scope.Scoped;
import vn.party.contracts.inspection.BodyKind;
import vn.party.contracts.inspection.BodyLevel;
import vn.party.contracts.inspection.DisciplineForm;
import vn.party.contracts.inspection.SubjectKind;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * A discipline decision (quyết định kỷ luật). Never edited (the table refuses updates): an appeal outcome is an
 * {@link Appeal} of its own, a correction of its facts a {@link Correction}. It belongs to the issuing body's unit.
 */
@Entity
@Immutable
@Table(name = "discipline_decision")
public class DisciplineDecision extends PanacheEntityBase implements Scoped {

    @Id
    public UUID id;

    @Column(name = "body_id", nullable = false)
    public UUID bodyId;

    @Column(name = "unit_code", nullable = false)
    public String unitCode;

    @Enumerated(EnumType.STRING)
    @Column(name = "body_kind", nullable = false)
    public BodyKind bodyKind;

    @Enumerated(EnumType.STRING)
    @Column(name = "body_level", nullable = false)
    public BodyLevel bodyLevel;

    @Enumerated(EnumType.STRING)
    @Column(name = "subject_kind", nullable = false)
    public SubjectKind subjectKind;

    /** The organisation, or the member's cell on the decision date. */
    @Column(name = "subject_unit_code", nullable = false)
    public String subjectUnitCode;

    /**
     * The subject unit's path when the decision was recorded, dot form: the reach checks compare it with the caller's
     * scope. Events carry the path on the effective date instead ({@code UnitPaths}).
     */
    @Column(name = "subject_path", nullable = false)
    public String subjectPath;

    @Column(name = "member_id")
    public UUID memberId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public DisciplineForm form;

    @Column(nullable = false)
    public String violation;

    @Column(name = "violation_on", nullable = false)
    public LocalDate violationOn;

    /** What makes two decisions about the same violation (the subject, the day, the violation's words). */
    @Column(name = "violation_key", nullable = false)
    public String violationKey;

    @Column(name = "decided_on", nullable = false)
    public LocalDate decidedOn;

    @Column(name = "effective_on", nullable = false)
    public LocalDate effectiveOn;

    @Column(name = "case_id")
    public UUID caseId;

    @Column(name = "decided_at_own_cell", nullable = false)
    public boolean decidedAtOwnCell;

    @Column(name = "holds_post", nullable = false)
    public boolean holdsPost;

    @Column(nullable = false)
    public String regulation;

    @Column(name = "created_at", nullable = false)
    public OffsetDateTime createdAt;

    @Column(name = "created_by", nullable = false)
    public String createdBy;

    @Formula("(select cast(r.path as text) from org_unit_replica r where r.code = unit_code)")
    public String unitPath;

    @Override
    public String scopePath() {
        return unitPath;
    }
}
