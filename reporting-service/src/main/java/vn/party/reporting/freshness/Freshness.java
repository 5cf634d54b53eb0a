package vn.party.reporting.freshness;

import jakarta.enterprise.context.ApplicationScoped;

import java.time.OffsetDateTime;

/** Up to which event time the figures are complete: the newest membership event projected, null before any. */
@ApplicationScoped
public class Freshness {

    public OffsetDateTime completeUpTo() {
        return completeUpTo(FreshnessProjection.TOPIC);
    }

    /** The newest event time of {@code topic} projected, null before any. */
    public OffsetDateTime completeUpTo(String topic) {
        ReportProgress progress = ReportProgress.findById(topic);
        return progress == null ? null : progress.newestEventTime;
    }
}
