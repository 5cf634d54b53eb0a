package vn.party.membership.member;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import vn.party.contracts.membership.ExitKind;
import vn.party.contracts.membership.MemberStatus;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/** One status a member had, from the date it took effect. Rows are only ever added. */
@Entity
@Table(name = "member_status_history")
public class MemberStatusEntry extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "member_id", nullable = false)
    public UUID memberId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public MemberStatus status;

    @Enumerated(EnumType.STRING)
    @Column(name = "exit_kind")
    public ExitKind exitKind;

    @Column(name = "effective_on", nullable = false)
    public LocalDate effectiveOn;

    public String reason;

    @Column(name = "recorded_at", nullable = false)
    public OffsetDateTime recordedAt;

    @Column(name = "recorded_by", nullable = false)
    public String recordedBy;

    static List<MemberStatusEntry> of(UUID memberId) {
        return list("memberId = ?1 order by effectiveOn, id", memberId);
    }
}
