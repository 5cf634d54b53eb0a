package vn.party.reporting.freshness;

import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Up to which event the figures are complete, per source topic: the newest event time projected and that
 * event's id, with the number of events read. A section names the topics its figures come from (the tree always
 * comes from membership.events).
 */
@ApplicationScoped
public class Freshness {

    public static final String MEMBERSHIP = FreshnessProjection.TOPIC;
    public static final String INSPECTION = "inspection.events";
    public static final String CADRE = "cadre.events";
    public static final List<String> ALL_TOPICS = List.of(MEMBERSHIP, INSPECTION, CADRE);

    /**
     * @param completeUpTo    the newest event time of the topic that the figures include, null before any
     * @param newestEventId   the id of that event
     * @param eventsProjected events of the topic read into the read models (projected or deliberately ignored)
     */
    @Schema(name = "Watermark", description = "How far the figures from one source topic are complete")
    public record Watermark(OffsetDateTime completeUpTo, UUID newestEventId, long eventsProjected) {
    }

    public OffsetDateTime completeUpTo() {
        return completeUpTo(FreshnessProjection.TOPIC);
    }

    /** The newest event time of {@code topic} projected, null before any. */
    public OffsetDateTime completeUpTo(String topic) {
        ReportProgress progress = ReportProgress.findById(topic);
        return progress == null ? null : progress.newestEventTime;
    }

    /** The watermark of each topic, in the order given; a topic nothing was read from yet has no time and 0 events. */
    public Map<String, Watermark> watermarks(List<String> topics) {
        Map<String, Watermark> marks = new LinkedHashMap<>();
        for (String topic : topics) {
            ReportProgress progress = ReportProgress.findById(topic);
            marks.put(topic, progress == null ? new Watermark(null, null, 0)
                    : new Watermark(progress.newestEventTime, progress.newestEventId, progress.events));
        }
        return marks;
    }
}
