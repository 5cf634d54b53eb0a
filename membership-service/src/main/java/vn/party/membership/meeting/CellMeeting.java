package vn.party.membership.meeting;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import vn.party.backbone.scope.Scoped;
import org.hibernate.annotations.Formula;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import vn.party.contracts.membership.MeetingKind;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;

/** A cell meeting with the totals its minutes carry. */
@Entity
@Table(name = "cell_meeting")
public class CellMeeting extends PanacheEntityBase implements Scoped {

    @Id
    public UUID id;

    @Column(name = "unit_id", nullable = false, updatable = false)
    public long unitId;

    @Column(name = "held_on", nullable = false, updatable = false)
    public LocalDate heldOn;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false)
    public MeetingKind kind;

    public String theme;

    @Column(name = "total_members", nullable = false)
    public int totalMembers;

    @Column(name = "full_members", nullable = false)
    public int fullMembers;

    @Column(name = "probationary_members", nullable = false)
    public int probationaryMembers;

    @Column(name = "attached_members", nullable = false)
    public int attachedMembers;

    @Column(name = "exempted_members", nullable = false)
    public int exemptedMembers;

    @Column(nullable = false)
    public int present;

    @Column(name = "absent_with_reason", nullable = false)
    public int absentWithReason;

    @Column(name = "absent_without_reason", nullable = false)
    public int absentWithoutReason;

    @Column(name = "committee_total", nullable = false)
    public int committeeTotal;

    @Column(name = "committee_present", nullable = false)
    public int committeePresent;

    @Version
    public long version;

    @Column(name = "created_at", nullable = false, updatable = false)
    public OffsetDateTime createdAt;

    @Column(name = "created_by", nullable = false, updatable = false)
    public String createdBy;

    /** The cell's path: a meeting is visible where its cell is. */
    @Formula("(select cast(u.path as text) from org_unit u where u.id = unit_id)")
    String cellPath;

    @Override
    public String scopePath() {
        return cellPath;
    }
}
