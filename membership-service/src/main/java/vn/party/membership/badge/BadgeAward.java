package vn.party.membership.badge;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/** A party badge (Huy hiệu Đảng) awarded to a member for a party-age milestone. */
@Entity
@Table(name = "badge_award")
public class BadgeAward extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(name = "member_id", nullable = false, updatable = false)
    public UUID memberId;

    @Column(name = "milestone_years", nullable = false, updatable = false)
    public int milestoneYears;

    @Column(name = "presentation_date", nullable = false, updatable = false)
    public LocalDate presentationDate;

    @Column(name = "decision_number", updatable = false)
    public String decisionNumber;

    @Column(name = "unit_id", nullable = false, updatable = false)
    public long unitId;

    @Column(name = "recorded_at", nullable = false, updatable = false)
    public OffsetDateTime recordedAt;

    @Column(name = "recorded_by", nullable = false, updatable = false)
    public String recordedBy;

    static List<BadgeAward> of(UUID memberId) {
        return list("memberId = ?1 order by milestoneYears", memberId);
    }
}
