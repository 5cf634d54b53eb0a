package vn.party.membership.transfer;

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

/** One transfer of a member between cells, from the introduction letter to the member reporting. */
@Entity
@Table(name = "transfer")
public class Transfer extends Stamped implements Scoped {

    @Id
    public UUID id;

    @Column(name = "member_id", nullable = false, updatable = false)
    public UUID memberId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false)
    public TransferKind kind;

    /** The sending cell; null when the member came from another province ({@link #origin}). */
    @Column(name = "from_unit_id", updatable = false)
    public Long fromUnitId;

    /** The receiving cell; null when the member went to another province ({@link #destination}). */
    @Column(name = "to_unit_id", updatable = false)
    public Long toUnitId;

    /** The sending organisation in another province, as its letter names it. */
    @Column(updatable = false)
    public String origin;

    /** The receiving organisation in another province, as the letter names it. */
    @Column(updatable = false)
    public String destination;

    /** When the member moved (new work or residence): the 60-working-day clock of the sending side. */
    @Column(name = "moved_on", nullable = false)
    public LocalDate movedOn;

    /** Date of the introduction letter: the member's 30-day clock to report. */
    @Column(name = "letter_on", nullable = false)
    public LocalDate letterOn;

    @Column(name = "sending_deadline", nullable = false)
    public LocalDate sendingDeadline;

    @Column(name = "report_by", nullable = false)
    public LocalDate reportBy;

    /** Last day of a temporary transfer. */
    @Column(name = "attached_until")
    public LocalDate attachedUntil;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public TransferStatus status;

    @Column(name = "reported_on")
    public LocalDate reportedOn;

    @Column(name = "returned_on")
    public LocalDate returnedOn;

    @Column(nullable = false)
    public String regulation;

    @Version
    public long version;

    /**
     * A transfer belongs to the committee that issued the letter (the sending cell), or to the receiving cell
     * when it came from another province. The receiving committee follows it too: TransferService opens a
     * transfer for either side with SQL bound to the scope.
     */
    @Formula("(select cast(u.path as text) from org_unit u where u.id = coalesce(from_unit_id, to_unit_id))")
    String sidePath;

    @Override
    public String scopePath() {
        return sidePath;
    }

}
