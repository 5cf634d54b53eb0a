package vn.party.membership.dues;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.List;
import java.util.UUID;

/** Dues one member paid for one month (at most one per member and month). */
@Entity
@Table(name = "dues_payment")
public class DuesPayment extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(name = "member_id", nullable = false, updatable = false)
    public UUID memberId;

    /** First day of the month paid for. */
    @Column(name = "for_month", nullable = false, updatable = false)
    public LocalDate forMonth;

    @Column(name = "unit_id", nullable = false, updatable = false)
    public long unitId;

    @Column(name = "amount_paid_dong", nullable = false, updatable = false)
    public long amountPaidDong;

    @Column(name = "paid_on", nullable = false, updatable = false)
    public LocalDate paidOn;

    @Column(name = "recorded_at", nullable = false, updatable = false)
    public OffsetDateTime recordedAt;

    @Column(name = "recorded_by", nullable = false, updatable = false)
    public String recordedBy;

    static List<DuesPayment> of(Collection<UUID> memberIds, LocalDate fromMonth, LocalDate toMonth) {
        if (memberIds.isEmpty()) {
            return List.of();
        }
        return list("memberId in ?1 and forMonth between ?2 and ?3", memberIds, fromMonth, toMonth);
    }

    static List<DuesPayment> collectedBy(long unitId, LocalDate month) {
        return list("unitId = ?1 and forMonth = ?2", unitId, month);
    }
}
