package vn.party.membership.badge;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import vn.party.backbone.scope.Scoped;
import org.hibernate.annotations.Formula;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;

/** A party badge (Huy hiệu Đảng) awarded to a member for a party-age milestone. */
@Entity
@Table(name = "badge_award")
public class BadgeAward extends PanacheEntityBase implements Scoped {

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

    /** Visible where its member is: the member's current official cell. */
    @Formula("(select cast(u.path as text) from member m join org_unit u on u.id = m.unit_id where m.id = member_id)")
    String memberPath;

    @Override
    public String scopePath() {
        return memberPath;
    }
}
