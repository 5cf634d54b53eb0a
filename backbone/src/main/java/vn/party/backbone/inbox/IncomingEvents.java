package vn.party.backbone.inbox;

import com.fasterxml.jackson.databind.JsonNode;
import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.SpanKind;
import io.opentelemetry.api.trace.StatusCode;
import io.opentelemetry.api.trace.Tracer;
import io.opentelemetry.context.Scope;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.ShutdownEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.Header;
import org.jboss.logging.Logger;
import org.jboss.logging.MDC;
import vn.party.backbone.events.CloudEvent;
import vn.party.backbone.tracing.TraceContext;
import vn.party.contracts.DomainEvent;
import vn.party.contracts.EventCatalog;
import vn.party.contracts.EventJson;
import vn.party.contracts.EventSchemas;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.stream.Collectors;

/**
 * The idempotent consumer. For each record: read the CloudEvent, check its data against the schema its
 * type names, then run the projection and record the event id in the same transaction, so a duplicate
 * delivery changes nothing. A message that can never succeed ({@link PoisonMessage}) is copied to
 * {@code <topic>.dlq} with the reason and acknowledged, so the consumer carries on; a transient failure
 * (database down) is retried with backoff until it succeeds, never dead-lettered.
 *
 * <p>{@link #processBatch} does the same for a whole poll in one transaction: the event ids are recorded with one
 * statement and the projection runs, in record order, for the first deliveries only. A transient failure retries
 * the batch; any other failure rolls it back and the batch is processed again record by record, so that only the
 * record at fault is dead-lettered. Projections may defer work to the end of the batch ({@link EndOfBatch}).
 *
 * <p>Each record is processed in a consumer span whose parent is the record's {@code traceparent} (the span of
 * the request that wrote the event), so the projection, its SQL and any event it publishes in turn belong to
 * the producer's trace; the log lines written meanwhile carry its {@code traceId} and {@code spanId}.
 */
@ApplicationScoped
public class IncomingEvents {

    private static final Logger LOG = Logger.getLogger(IncomingEvents.class);
    /**
     * One line per record processed alone, one per batch (INFO: consumer, topic, count, offsets); each event of a
     * batch at DEBUG, under the event's trace id.
     */
    private static final Logger PROCESSED = Logger.getLogger("vn.party.events.processed");
    private static final Duration FIRST_BACKOFF = Duration.ofMillis(200);
    private static final Duration MAX_BACKOFF = Duration.ofSeconds(5);

    @Inject
    EntityManager em;

    @Inject
    DeadLetters deadLetters;

    @Inject
    Tracer tracer;

    private volatile boolean stopping;

    void onShutdown(@Observes ShutdownEvent shutdown) {
        stopping = true;
    }

    /**
     * @param consumer   the consumer's name in the processed-event table (one service may run several)
     * @param projection applies the event; runs inside the transaction, only for the first delivery
     */
    public void process(String consumer, ConsumerRecord<String, String> record, Consumer<IncomingEvent> projection) {
        inSpan(consumer, record, span -> processInSpan(consumer, record, projection, span));
    }

    /**
     * Processes the records of one poll, in order, in one transaction (see the class comment). Poison records are
     * dead-lettered with the same reasons as {@link #process}; a duplicate, also one inside the batch, counts once.
     *
     * @param consumer   the consumer's name in the processed-event table
     * @param projection applies one event; runs inside the batch's transaction, only for the first delivery
     */
    public void processBatch(String consumer, List<ConsumerRecord<String, String>> records, Consumer<IncomingEvent> projection) {
        if (records.isEmpty()) {
            return;
        }
        List<Read> events = new ArrayList<>(records.size());
        int deadLettered = 0;
        for (ConsumerRecord<String, String> record : records) {
            try {
                IncomingEvent event = read(record);
                if (event != null) {
                    events.add(new Read(record, event));
                }
            } catch (PoisonMessage poison) {
                inSpan(consumer, record, span -> deadLetter(consumer, record, poison, span));
                deadLettered++;
            }
        }
        int applied = 0;
        if (!events.isEmpty()) {
            try {
                applied = applyBatchWithRetry(consumer, events, projection);
            } catch (PoisonMessage refused) {
                // one projection refused one event: the batch is rolled back; record by record, only that one fails
                LOG.warnf("%s: batch of %d from %s refused (%s); processing it record by record", consumer, events.size(),
                        describe(records), refused.getMessage());
                for (Read read : events) {
                    inSpan(consumer, read.record(), span -> applyInSpan(consumer, read.record(), read.event(), projection, span));
                }
                return;
            }
        }
        PROCESSED.infof("%s processed %d of %d records from %s (%d duplicates or unknown, %d dead-lettered)", consumer,
                applied, records.size(), describe(records), records.size() - applied - deadLettered, deadLettered);
    }

    private record Read(ConsumerRecord<String, String> record, IncomingEvent event) {
    }

    /** Runs {@code work} in a consumer span whose parent is the record's traceparent, with its ids in the MDC. */
    private void inSpan(String consumer, ConsumerRecord<String, String> record, Consumer<Span> work) {
        Span span = startSpan(consumer, record);
        Object previousTrace = MDC.get("traceId");
        Object previousSpan = MDC.get("spanId");
        try (Scope scope = span.makeCurrent()) {
            MDC.put("traceId", span.getSpanContext().getTraceId());
            MDC.put("spanId", span.getSpanContext().getSpanId());
            work.accept(span);
        } catch (RuntimeException e) {
            span.recordException(e);
            span.setStatus(StatusCode.ERROR, e.getClass().getSimpleName());
            throw e;
        } finally {
            restore("traceId", previousTrace);
            restore("spanId", previousSpan);
            span.end();
        }
    }

    private Span startSpan(String consumer, ConsumerRecord<String, String> record) {
        return tracer.spanBuilder(record.topic() + " process")
                .setParent(TraceContext.parentOf(header(record, "traceparent")))
                .setSpanKind(SpanKind.CONSUMER)
                .setAttribute("messaging.system", "kafka")
                .setAttribute("messaging.operation.type", "process")
                .setAttribute("messaging.destination.name", record.topic())
                .setAttribute("messaging.destination.partition.id", String.valueOf(record.partition()))
                .setAttribute("messaging.kafka.offset", record.offset())
                .setAttribute("messaging.consumer.group.name", consumer)
                .startSpan();
    }

    private void processInSpan(String consumer, ConsumerRecord<String, String> record, Consumer<IncomingEvent> projection,
                               Span span) {
        IncomingEvent event;
        try {
            event = read(record);
        } catch (PoisonMessage poison) {
            deadLetter(consumer, record, poison, span);
            return;
        }
        if (event == null) {
            return; // a type this consumer does not know yet: not an error, producers may be newer
        }
        applyInSpan(consumer, record, event, projection, span);
    }

    private void applyInSpan(String consumer, ConsumerRecord<String, String> record, IncomingEvent event,
                             Consumer<IncomingEvent> projection, Span span) {
        span.setAttribute("messaging.message.id", event.envelope().id());
        span.setAttribute("cloudevents.event_type", event.envelope().type());
        try {
            if (applyWithRetry(consumer, event, projection)) {
                PROCESSED.infof("%s processed %s %s from %s-%d@%d", consumer, event.envelope().type(), event.envelope().id(),
                        record.topic(), record.partition(), record.offset());
            } else {
                PROCESSED.debugf("%s skipped duplicate %s %s", consumer, event.envelope().type(), event.envelope().id());
            }
        } catch (PoisonMessage poison) {
            deadLetter(consumer, record, poison, span);
        }
    }

    private void deadLetter(String consumer, ConsumerRecord<String, String> record, PoisonMessage poison, Span span) {
        span.setStatus(StatusCode.ERROR, "dead-lettered");
        LOG.warnf("dead-lettering %s-%d@%d: %s", record.topic(), record.partition(), record.offset(), poison.getMessage());
        deadLetters.send(record, consumer, poison.getMessage());
    }

    /** The batch's records as {@code topic-partition@first..last}, one per partition. */
    private static String describe(List<ConsumerRecord<String, String>> records) {
        Map<String, long[]> ranges = new LinkedHashMap<>();
        for (ConsumerRecord<String, String> r : records) {
            long[] range = ranges.computeIfAbsent(r.topic() + "-" + r.partition(), k -> new long[]{r.offset(), r.offset()});
            range[0] = Math.min(range[0], r.offset());
            range[1] = Math.max(range[1], r.offset());
        }
        return ranges.entrySet().stream().map(e -> e.getKey() + "@" + e.getValue()[0] + ".." + e.getValue()[1])
                .collect(Collectors.joining(", "));
    }

    private static String header(ConsumerRecord<String, String> record, String name) {
        Header h = record.headers().lastHeader(name);
        return h == null ? null : new String(h.value(), StandardCharsets.UTF_8);
    }

    private static void restore(String key, Object previous) {
        if (previous == null) {
            MDC.remove(key);
        } else {
            MDC.put(key, previous);
        }
    }

    /**
     * Applies the batch in one transaction, retrying it whole on a transient failure; the number of events applied
     * (first deliveries). Any other failure is thrown as a {@link PoisonMessage}, after the rollback.
     */
    private int applyBatchWithRetry(String consumer, List<Read> events, Consumer<IncomingEvent> projection) {
        Duration backoff = FIRST_BACKOFF;
        while (true) {
            try {
                return QuarkusTransaction.requiringNew().call(() -> applyBatch(consumer, events, projection));
            } catch (RuntimeException e) {
                if (stopping) {
                    throw new IllegalStateException("consumer stopping; a batch of " + events.size()
                            + " events left for redelivery", e);
                }
                if (e instanceof PoisonMessage poison) {
                    throw poison;
                }
                if (!TransientFailures.isTransient(e)) {
                    throw new PoisonMessage("projection refused an event of the batch: " + e.getClass().getSimpleName(), e);
                }
                LOG.warnf("transient failure on a batch of %d events, retrying in %d ms: %s", events.size(),
                        backoff.toMillis(), rootMessage(e));
                sleep(backoff);
                backoff = backoff.multipliedBy(2).compareTo(MAX_BACKOFF) > 0 ? MAX_BACKOFF : backoff.multipliedBy(2);
            }
        }
    }

    private int applyBatch(String consumer, List<Read> events, Consumer<IncomingEvent> projection) {
        Set<UUID> first = firstDeliveries(consumer, events.stream().map(r -> r.event().id()).toList());
        EndOfBatch batch = EndOfBatch.begin();
        try {
            int applied = 0;
            for (Read read : events) {
                IncomingEvent event = read.event();
                if (!first.remove(event.id())) {   // recorded before, or met earlier in this batch
                    PROCESSED.debugf("%s skipped duplicate %s %s", consumer, event.envelope().type(), event.envelope().id());
                    continue;
                }
                inSpan(consumer, read.record(), span -> {
                    span.setAttribute("messaging.message.id", event.envelope().id());
                    span.setAttribute("cloudevents.event_type", event.envelope().type());
                    projection.accept(event);
                    PROCESSED.debugf("%s processed %s %s from %s-%d@%d", consumer, event.envelope().type(),
                            event.envelope().id(), read.record().topic(), read.record().partition(), read.record().offset());
                });
                applied++;
            }
            batch.flush();
            return applied;
        } finally {
            batch.end();
        }
    }

    /** Records the event ids as processed by {@code consumer} in one statement; those that were not before. */
    Set<UUID> firstDeliveries(String consumer, List<UUID> ids) {
        Set<UUID> distinct = new LinkedHashSet<>(ids);
        String array = distinct.stream().map(UUID::toString).collect(Collectors.joining(",", "{", "}"));
        @SuppressWarnings("unchecked")
        List<Object> inserted = em.createNativeQuery("""
                        insert into processed_event (consumer, event_id, processed_at)
                        select ?1, id, now() from unnest(cast(?2 as uuid[])) as id
                        on conflict do nothing
                        returning event_id""")
                .setParameter(1, consumer).setParameter(2, array).getResultList();
        Set<UUID> first = new HashSet<>();
        for (Object id : inserted) {
            first.add(id instanceof UUID uuid ? uuid : UUID.fromString(id.toString()));
        }
        return first;
    }

    /** True when this delivery was the first and the projection ran. */
    private boolean applyWithRetry(String consumer, IncomingEvent event, Consumer<IncomingEvent> projection) {
        Duration backoff = FIRST_BACKOFF;
        while (true) {
            try {
                return QuarkusTransaction.requiringNew().call(() -> {
                    if (firstDelivery(consumer, event.id())) {
                        projection.accept(event);
                        return true;
                    }
                    return false;
                });
            } catch (PoisonMessage e) {
                throw e;
            } catch (RuntimeException e) {
                if (stopping) {
                    // the application is shutting down under us: not the message's fault. Failing the
                    // channel leaves the offset uncommitted, so the event is delivered again after the restart.
                    throw new IllegalStateException("consumer stopping; event " + event.envelope().id() + " left for redelivery", e);
                }
                if (!TransientFailures.isTransient(e)) {
                    throw new PoisonMessage("projection refused " + event.envelope().type() + " "
                            + event.envelope().id() + ": " + e.getClass().getSimpleName(), e);
                }
                LOG.warnf("transient failure on event %s, retrying in %d ms: %s", event.envelope().id(),
                        backoff.toMillis(), rootMessage(e));
                sleep(backoff);
                backoff = backoff.multipliedBy(2).compareTo(MAX_BACKOFF) > 0 ? MAX_BACKOFF : backoff.multipliedBy(2);
            }
        }
    }

    /** Records the event as processed by {@code consumer}; false when it already was. */
    boolean firstDelivery(String consumer, UUID eventId) {
        int inserted = em.createNativeQuery("""
                        insert into processed_event (consumer, event_id, processed_at) values (?1, ?2, now())
                        on conflict do nothing""")
                .setParameter(1, consumer).setParameter(2, eventId).executeUpdate();
        return inserted == 1;
    }

    static IncomingEvent read(ConsumerRecord<String, String> record) {
        if (record.value() == null) {
            throw new PoisonMessage("empty message");
        }
        CloudEvent envelope;
        try {
            envelope = EventJson.mapper().readerFor(CloudEvent.class)
                    .without(com.fasterxml.jackson.databind.DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                    .readValue(record.value());
        } catch (Exception e) {
            throw new PoisonMessage("not a CloudEvent in JSON: " + e.getClass().getSimpleName(), e);
        }
        if (envelope.id() == null || envelope.type() == null || envelope.data() == null) {
            throw new PoisonMessage("CloudEvent lacks id, type or data");
        }
        try {
            UUID.fromString(envelope.id());
        } catch (IllegalArgumentException e) {
            throw new PoisonMessage("CloudEvent id is not a UUID");
        }
        var type = EventCatalog.byType(envelope.type());
        if (type.isEmpty()) {
            LOG.debugf("skipping event type %s unknown to this consumer", envelope.type());
            return null;
        }
        String schema = EventCatalog.typeOf(type.get()).schema();
        JsonNode data = envelope.data();
        List<String> problems = EventSchemas.validate(schema, data);
        if (!problems.isEmpty()) {
            throw new PoisonMessage(envelope.type() + " " + envelope.id() + " fails its schema: " + problems);
        }
        DomainEvent decoded;
        try {
            decoded = EventJson.mapper().treeToValue(data, type.get());
        } catch (Exception e) {
            throw new PoisonMessage(envelope.type() + " " + envelope.id() + " cannot be decoded: " + e.getClass().getSimpleName());
        }
        Header trace = record.headers().lastHeader("traceparent");
        return new IncomingEvent(envelope, decoded, trace == null ? null : new String(trace.value(), StandardCharsets.UTF_8));
    }

    private static void sleep(Duration d) {
        try {
            Thread.sleep(d.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting to retry", e);
        }
    }

    private static String rootMessage(Throwable e) {
        Throwable t = e;
        while (t.getCause() != null && t.getCause() != t) {
            t = t.getCause();
        }
        return t.getClass().getSimpleName() + ": " + t.getMessage();
    }
}
