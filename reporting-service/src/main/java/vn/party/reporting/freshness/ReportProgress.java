package vn.party.reporting.freshness;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.OffsetDateTime;

/** How far the read models of a topic have come: not a unit's data, so read without a scope. */
@Entity
@Table(name = "report_progress")
public class ReportProgress extends PanacheEntityBase {

    @Id
    public String topic;

    @Column(name = "newest_event_time", nullable = false)
    public OffsetDateTime newestEventTime;

    @Column(nullable = false)
    public long events;

    /** The event whose time is {@link #newestEventTime}; null for progress recorded before it was kept. */
    @Column(name = "newest_event_id")
    public java.util.UUID newestEventId;
}
