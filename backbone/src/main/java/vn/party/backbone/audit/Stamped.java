package vn.party.backbone.audit;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.MappedSuperclass;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;

/**
 * Who created a row and who changed it last, and when (columns created_at, created_by, updated_at,
 * updated_by). The full story of a change is in the audit trail; these columns answer "who touched it last".
 */
@MappedSuperclass
public abstract class Stamped extends PanacheEntityBase {

    @Column(name = "created_at", nullable = false, updatable = false)
    public OffsetDateTime createdAt;

    @Column(name = "created_by", nullable = false, updatable = false)
    public String createdBy;

    @Column(name = "updated_at", nullable = false)
    public OffsetDateTime updatedAt;

    @Column(name = "updated_by", nullable = false)
    public String updatedBy;

    /** Marks the row as changed now by {@code actor}; the first call also marks it created. */
    public void stamp(String actor) {
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
        if (createdAt == null) {
            createdAt = now;
            createdBy = actor;
        }
        updatedAt = now;
        updatedBy = actor;
    }
}
