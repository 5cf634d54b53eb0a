package vn.party.cadre.position;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.hibernate.annotations.Formula;
import vn.party.backbone.scope.Scoped;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * Xử lý trách nhiệm người đứng đầu: what the committee did about a head who failed the duties of the post
 * (41-QĐ/TW, 2021, on removal and resignation). A record; it does not itself end the holding.
 */
@Entity
@Table(name = "accountability_action")
public class AccountabilityAction extends io.quarkus.hibernate.orm.panache.PanacheEntityBase implements Scoped {

    public enum Kind {
        /** Kiểm điểm trách nhiệm. */
        REVIEW,
        /** Tạm đình chỉ công tác. */
        SUSPENSION,
        /** Miễn nhiệm, cho thôi giữ chức vụ. */
        RELIEVED_FROM_POST,
        /** Từ chức. */
        RESIGNATION,
        /** Điều động, bố trí công tác khác. */
        REASSIGNMENT
    }

    @Id
    public UUID id;

    @Column(name = "cadre_id", nullable = false, updatable = false)
    public UUID cadreId;

    @Column(name = "unit_code", nullable = false, updatable = false)
    public String unitCode;

    @Formula("(select cast(r.path as text) from org_unit_replica r where r.code = unit_code)")
    public String unitPath;

    @Column(name = "holding_id", updatable = false)
    public UUID holdingId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false)
    public Kind kind;

    @Column(nullable = false, updatable = false)
    public String reason;

    @Column(name = "decision_number", nullable = false, updatable = false)
    public String decisionNumber;

    @Column(name = "decided_on", nullable = false, updatable = false)
    public LocalDate decidedOn;

    @Column(name = "recorded_at", nullable = false, updatable = false)
    public OffsetDateTime recordedAt;

    @Column(name = "recorded_by", nullable = false, updatable = false)
    public String recordedBy;

    @Override
    public String scopePath() {
        return unitPath;
    }
}
