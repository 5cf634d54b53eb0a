package vn.party.inspection.denunciation;

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
import vn.party.contracts.inspection.DenunciationKind;
import vn.party.contracts.inspection.DenunciationOutcome;
import vn.party.contracts.inspection.SubjectKind;

import java.time.LocalDate;
import java.util.UUID;

/**
 * A denunciation (tố cáo) or a complaint about a discipline decision (khiếu nại kỷ luật), handled by a body; it
 * belongs to that body's unit. The denouncer's identity stays here: only the handling body's inspectors see it,
 * and it never goes into events, logs or the audit trail.
 */
@Entity
@Table(name = "denunciation")
public class Denunciation extends Stamped implements Scoped {

    public enum Status { RECEIVED, RESOLVED }

    @Id
    public UUID id;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false)
    public DenunciationKind kind;

    @Column(name = "body_id", nullable = false)
    public UUID bodyId;

    @Column(name = "unit_code", nullable = false)
    public String unitCode;

    @Column(name = "received_on", nullable = false, updatable = false)
    public LocalDate receivedOn;

    @Column(name = "due_on", nullable = false)
    public LocalDate dueOn;

    @Column(nullable = false)
    public String regulation;

    @Enumerated(EnumType.STRING)
    @Column(name = "subject_kind", nullable = false, updatable = false)
    public SubjectKind subjectKind;

    @Column(name = "subject_unit_code", nullable = false, updatable = false)
    public String subjectUnitCode;

    @Column(name = "member_id", updatable = false)
    public UUID memberId;

    @Column(name = "decision_id", updatable = false)
    public UUID decisionId;

    @Column(nullable = false, updatable = false)
    public String summary;

    @Column(name = "denouncer_name", updatable = false)
    public String denouncerName;

    @Column(name = "denouncer_contact", updatable = false)
    public String denouncerContact;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Status status;

    @Enumerated(EnumType.STRING)
    public DenunciationOutcome outcome;

    @Column(name = "resolved_on")
    public LocalDate resolvedOn;

    @Column(name = "case_id")
    public UUID caseId;

    @Version
    public long version;

    @Formula("(select cast(r.path as text) from org_unit_replica r where r.code = unit_code)")
    public String unitPath;

    @Override
    public String scopePath() {
        return unitPath;
    }

    /** Never the denouncer: this is what logs and exceptions may print. */
    @Override
    public String toString() {
        return "Denunciation[" + id + ", " + kind + ", " + status + "]";
    }
}
