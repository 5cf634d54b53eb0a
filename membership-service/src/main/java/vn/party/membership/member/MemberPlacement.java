package vn.party.membership.member;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** The member's official cell over [startsOn, endsOn); the database refuses two at once. */
@Entity
@Table(name = "member_placement")
public class MemberPlacement extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "member_id", nullable = false)
    public UUID memberId;

    @Column(name = "unit_id", nullable = false)
    public long unitId;

    @Column(name = "starts_on", nullable = false)
    public LocalDate startsOn;

    @Column(name = "ends_on")
    public LocalDate endsOn;

    static Optional<MemberPlacement> current(UUID memberId) {
        return find("memberId = ?1 and endsOn is null", memberId).firstResultOptional();
    }

    static List<MemberPlacement> of(UUID memberId) {
        return list("memberId = ?1 order by startsOn", memberId);
    }
}
