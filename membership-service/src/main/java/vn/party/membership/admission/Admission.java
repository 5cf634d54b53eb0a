package vn.party.membership.admission;

import jakarta.persistence.Column;
import vn.party.backbone.audit.Stamped;
import vn.party.backbone.scope.Scoped;
import org.hibernate.annotations.Formula;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.time.LocalDate;
import java.util.UUID;

/** One admission of a member: decision, ceremony, probationary year, and how it ended. */
@Entity
@Table(name = "admission")
public class Admission extends Stamped implements Scoped {

    @Id
    public UUID id;

    @Column(name = "member_id", nullable = false, updatable = false)
    public UUID memberId;

    @Column(name = "unit_id", nullable = false, updatable = false)
    public long unitId;

    @Column(name = "decided_by_unit_id", nullable = false, updatable = false)
    public long decidedByUnitId;

    @Column(name = "cell_vote_on", nullable = false)
    public LocalDate cellVoteOn;

    @Column(name = "decided_on", nullable = false)
    public LocalDate decidedOn;

    @Column(name = "decision_number")
    public String decisionNumber;

    /** The regulation the decision was judged by, e.g. 294-QĐ/TW. */
    @Column(nullable = false)
    public String regulation;

    @Column(name = "ceremony_deadline", nullable = false)
    public LocalDate ceremonyDeadline;

    @Column(name = "ceremony_on")
    public LocalDate ceremonyOn;

    @Column(name = "probation_ends_on")
    public LocalDate probationEndsOn;

    @Column(name = "confirmation_decided_on")
    public LocalDate confirmationDecidedOn;

    @Column(name = "struck_off_on")
    public LocalDate struckOffOn;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public AdmissionStage stage;

    public boolean readmission;

    @Version
    public long version;

    /** Visible where its member is: the member's current official cell. */
    @Formula("(select cast(u.path as text) from member m join org_unit u on u.id = m.unit_id where m.id = member_id)")
    String memberPath;

    @Override
    public String scopePath() {
        return memberPath;
    }

}
