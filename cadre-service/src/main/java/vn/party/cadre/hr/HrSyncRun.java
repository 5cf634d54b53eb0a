package vn.party.cadre.hr;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.OffsetDateTime;
import java.util.UUID;

/** One run of the HR sync, province-wide: counts only, no personal data. */
@Entity
@Table(name = "hr_sync_run")
public class HrSyncRun extends PanacheEntityBase {

    public enum Trigger { SCHEDULED, MANUAL }

    public enum Status { RUNNING, SUCCEEDED, PARTIAL, FAILED }

    @Id
    public UUID id;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Trigger trigger;

    @Column(name = "started_by", nullable = false)
    public String startedBy;

    @Column(name = "started_at", nullable = false)
    public OffsetDateTime startedAt;

    @Column(name = "finished_at")
    public OffsetDateTime finishedAt;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Status status;

    @Column(name = "cursor_from")
    public String cursorFrom;

    @Column(name = "cursor_to")
    public String cursorTo;

    public int pages;
    public int received;
    public int created;
    public int updated;
    public int unchanged;
    public int skipped;
    public String error;
}
