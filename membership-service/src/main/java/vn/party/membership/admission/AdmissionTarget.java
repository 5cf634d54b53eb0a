package vn.party.membership.admission;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.time.OffsetDateTime;
import java.util.Optional;

/**
 * Chỉ tiêu kết nạp: how many a unit means to admit in a year or a congress term, as it set for itself (OWN) or as
 * the committee above set for it (SUPERIOR); the two are kept side by side.
 */
@Entity
@Table(name = "admission_target")
public class AdmissionTarget extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "unit_id", nullable = false)
    public long unitId;

    @Column(nullable = false)
    public String period;

    @Column(nullable = false)
    public int target;

    /** The unit's own target or the one the committee above set for it: a unit may have both for a period. */
    @jakarta.persistence.Enumerated(jakarta.persistence.EnumType.STRING)
    @Column(nullable = false, updatable = false)
    public vn.party.contracts.membership.TargetSetter setter;

    @Version
    public long version;

    @Column(name = "updated_at", nullable = false)
    public OffsetDateTime updatedAt;

    @Column(name = "updated_by", nullable = false)
    public String updatedBy;

    static Optional<AdmissionTarget> of(long unitId, String period, vn.party.contracts.membership.TargetSetter setter) {
        return find("unitId = ?1 and period = ?2 and setter = ?3", unitId, period, setter).firstResultOptional();
    }
}
