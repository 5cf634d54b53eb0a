package vn.party.membership.memberimport;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import vn.party.backbone.scope.Scoped;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.time.OffsetDateTime;
import java.util.UUID;

/** One bulk import job. Counters are written by the worker as it goes, so other requests read its progress. */
@Entity
@Table(name = "member_import")
public class MemberImport extends PanacheEntityBase implements Scoped {

    @Id
    public UUID id;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public ImportMode mode;

    @Column(name = "dry_run", nullable = false)
    public boolean dryRun;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public ImportStatus status;

    @Column(name = "total_rows", nullable = false)
    public int totalRows;

    @Column(name = "processed_rows", nullable = false)
    public int processedRows;

    @Column(name = "imported_rows", nullable = false)
    public int importedRows;

    @Column(name = "failed_rows", nullable = false)
    public int failedRows;

    @Column(name = "scope_path", nullable = false)
    public String scopePath;

    @Column(name = "created_by", nullable = false)
    public String createdBy;

    @Column(name = "creator_roles", nullable = false)
    public String creatorRoles;

    @Column(name = "created_at", nullable = false)
    public OffsetDateTime createdAt;

    @Column(name = "started_at")
    public OffsetDateTime startedAt;

    @Column(name = "heartbeat_at")
    public OffsetDateTime heartbeatAt;

    @Column(name = "finished_at")
    public OffsetDateTime finishedAt;

    @Column(nullable = false)
    public int attempts;

    public String failure;

    @Version
    public long version;

    /** A job is visible to its creator's subtree and the committees above it. */
    @Override
    public String scopePath() {
        return scopePath;
    }
}
