package vn.party.membership.grading;

import jakarta.persistence.Column;
import vn.party.backbone.audit.Stamped;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.LockModeType;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.time.LocalDate;
import java.util.Optional;
import java.util.UUID;

/** A base organisation's grading round (đợt đánh giá, xếp loại) for one year. */
@Entity
@Table(name = "grading_round")
public class GradingRound extends Stamped {

    @Id
    public UUID id;

    /** The base organisation (tổ chức cơ sở đảng) that grades. */
    @Column(name = "unit_id", nullable = false, updatable = false)
    public long unitId;

    @Column(nullable = false, updatable = false)
    public int year;

    /** The regulation whose scale grades the year, e.g. 124-QĐ/TW. */
    @Column(nullable = false, updatable = false)
    public String regulation;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public RoundStatus status;

    @Column(name = "closed_on")
    public LocalDate closedOn;

    @Column(name = "closed_by")
    public String closedBy;

    @Version
    public long version;

    static Optional<GradingRound> of(long unitId, int year) {
        return find("unitId = ?1 and year = ?2", unitId, year).firstResultOptional();
    }

    /** The round locked for this transaction, so that grades entered and a close never interleave. */
    static Optional<GradingRound> locked(UUID id) {
        return Optional.ofNullable(getEntityManager().find(GradingRound.class, id, LockModeType.PESSIMISTIC_WRITE));
    }
}
