package vn.party.cadre.hr;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.OffsetDateTime;
import java.util.UUID;

/** A record a run skipped, and why; named by civil-servant code or position in the page, never by national ID. */
@Entity
@Table(name = "hr_sync_issue")
public class HrSyncIssue extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "run_id", nullable = false)
    public UUID runId;

    @Column(name = "record_ref")
    public String recordRef;

    @Column(nullable = false)
    public String reason;

    @Column(nullable = false)
    public OffsetDateTime at;
}
