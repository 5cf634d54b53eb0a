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
import vn.party.contracts.membership.MemberCondition;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/** A condition beside the status over [startsOn, endsOn); endsOn null while open-ended. */
@Entity
@Table(name = "member_condition")
public class MemberConditionPeriod extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "member_id", nullable = false)
    public UUID memberId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public MemberCondition condition;

    @Column(name = "starts_on", nullable = false)
    public LocalDate startsOn;

    @Column(name = "ends_on")
    public LocalDate endsOn;

    @Column(name = "host_unit_id")
    public Long hostUnitId;

    public String reason;

    /** Where the decision came from, e.g. an inspection-service decision id; null when entered here. */
    public String source;

    @Column(name = "recorded_at", nullable = false)
    public OffsetDateTime recordedAt;

    @Column(name = "recorded_by", nullable = false)
    public String recordedBy;

    boolean appliesOn(LocalDate date) {
        return !startsOn.isAfter(date) && (endsOn == null || endsOn.isAfter(date));
    }

    static List<MemberConditionPeriod> of(UUID memberId) {
        return list("memberId = ?1 order by startsOn, id", memberId);
    }
}
