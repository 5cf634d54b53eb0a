package vn.party.membership.dues;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** One dated entry of a member's dues profile: what their dues are reckoned on from a month on. */
@Entity
@Table(name = "dues_profile")
public class DuesProfile extends PanacheEntityBase {

    /** Who set an entry: an administrator through the API, or (later) the civil-service HR link. */
    public enum Source { MANUAL, HR }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "member_id", nullable = false, updatable = false)
    public UUID memberId;

    /** First day of the month the entry applies from. */
    @Column(name = "effective_from", nullable = false, updatable = false)
    public LocalDate effectiveFrom;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false)
    public DuesBasis basis;

    @Column(name = "base_amount_dong", updatable = false)
    public Long baseAmountDong;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false)
    public Source source;

    @Column(name = "recorded_at", nullable = false, updatable = false)
    public OffsetDateTime recordedAt;

    @Column(name = "recorded_by", nullable = false, updatable = false)
    public String recordedBy;

    /** The member's entries, oldest first. */
    static List<DuesProfile> history(UUID memberId) {
        return list("memberId = ?1 order by effectiveFrom", memberId);
    }

    /** The entry in force on {@code monthStart} for each of the members that have one. */
    static Map<UUID, DuesProfile> inForce(Collection<UUID> memberIds, LocalDate monthStart) {
        Map<UUID, DuesProfile> result = new HashMap<>();
        if (memberIds.isEmpty()) {
            return result;
        }
        DuesProfile.<DuesProfile>list("memberId in ?1 and effectiveFrom <= ?2 order by effectiveFrom", memberIds, monthStart)
                .forEach(p -> result.put(p.memberId, p));
        return result;
    }
}
