package vn.party.reporting.freshness;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import vn.party.backbone.scope.SystemAccess;
import vn.party.backbone.inbox.EndOfBatch;
import vn.party.backbone.inbox.IncomingEvent;
import vn.party.orgreplica.MembershipEventListener;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Optional;
import java.util.UUID;

/** Freshness: the newest event time of each topic (membership, inspection, cadre) that the read models include. */
@ApplicationScoped
@SystemAccess("consumes membership.events: the newest event time, for every caller")
public class FreshnessProjection implements MembershipEventListener {

    static final String TOPIC = "membership.events";

    @Inject
    EntityManager em;

    @Override
    public void on(IncomingEvent event) {
        record(TOPIC, event);
    }

    /**
     * The event's time, or 1970-01-01 UTC when its envelope has none (CloudEvents makes time optional): read models
     * that order by event time keep such an event, as the oldest, rather than dead-letter it.
     */
    public static OffsetDateTime timeOrEpoch(IncomingEvent event) {
        OffsetDateTime time = event.envelope().time();
        return time != null ? time : OffsetDateTime.of(1970, 1, 1, 0, 0, 0, 0, ZoneOffset.UTC);
    }

    /**
     * Counts {@code event} as projected from {@code topic}: the other topics' projections call this too. Within a batch
     * the topic's hot row is written once, at the end of the batch (its newest event and its count).
     */
    public void record(String topic, IncomingEvent event) {
        if (event.envelope().time() == null) {
            return;
        }
        Optional<EndOfBatch> batch = EndOfBatch.current();
        if (batch.isPresent()) {
            batch.get().deferred(new Key(topic), () -> new Progress(topic), this::write).add(event);
        } else {
            Progress progress = new Progress(topic);
            progress.add(event);
            write(progress);
        }
    }

    private record Key(String topic) {
    }

    /** The events of one topic in a batch: how many, and the newest (the later one of equal times). */
    private static final class Progress {
        final String topic;
        OffsetDateTime newestTime;
        UUID newestId;
        long events;

        Progress(String topic) {
            this.topic = topic;
        }

        void add(IncomingEvent event) {
            OffsetDateTime time = event.envelope().time();
            if (newestTime == null || !time.isBefore(newestTime)) {
                newestTime = time;
                newestId = event.id();
            }
            events++;
        }
    }

    private void write(Progress progress) {
        em.createNativeQuery("""
                        insert into report_progress (topic, newest_event_time, newest_event_id, events)
                        values (:topic, :time, :id, :events)
                        on conflict (topic) do update set events = report_progress.events + excluded.events,
                            newest_event_id = case when excluded.newest_event_time >= report_progress.newest_event_time
                                then excluded.newest_event_id else report_progress.newest_event_id end,
                            newest_event_time = greatest(report_progress.newest_event_time, excluded.newest_event_time)""")
                .setParameter("topic", progress.topic).setParameter("time", progress.newestTime)
                .setParameter("id", progress.newestId).setParameter("events", progress.events).executeUpdate();
    }
}
