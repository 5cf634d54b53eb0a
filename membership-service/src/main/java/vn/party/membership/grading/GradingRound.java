package vn.party.membership.grading;

import jakarta.persistence.Column;
import vn.party.backbone.audit.Stamped;
import vn.party.backbone.scope.Scoped;
import org.hibernate.annotations.Formula;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.time.LocalDate;
import java.util.UUID;

/** A base organisation's grading round (đợt đánh giá, xếp loại) for one year. */
@Entity
@Table(name = "grading_round")
public class GradingRound extends Stamped implements Scoped {

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

    /** The base organisation's path: a round, its grades and their history are visible where it is. */
    @Formula("(select cast(u.path as text) from org_unit u where u.id = unit_id)")
    String unitPath;

    @Override
    public String scopePath() {
        return unitPath;
    }
}
