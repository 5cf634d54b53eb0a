package vn.party.reporting.freshness;

import jakarta.enterprise.context.ApplicationScoped;

import java.time.OffsetDateTime;

/** Up to which event time the figures are complete: the newest membership event projected, null before any. */
@ApplicationScoped
public class Freshness {

    public OffsetDateTime completeUpTo() {
        ReportProgress progress = ReportProgress.findById(FreshnessProjection.TOPIC);
        return progress == null ? null : progress.newestEventTime;
    }
}
