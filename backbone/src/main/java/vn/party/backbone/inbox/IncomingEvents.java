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
import java.util.List;
import java.util.UUID;
import java.util.function.Consumer;

/**
 * The idempotent consumer. For each record: read the CloudEvent, check its data against the schema its
 * type names, then run the projection and record the event id in the same transaction, so a duplicate
 * delivery changes nothing. A message that can never succeed ({@link PoisonMessage}) is copied to
 * {@code <topic>.dlq} with the reason and acknowledged, so the consumer carries on; a transient failure
 * (database down) is retried with backoff until it succeeds, never dead-lettered.
 *
 * <p>Each record is processed in a consumer span whose parent is the record's {@code traceparent} (the span of
 * the request that wrote the event), so the projection, its SQL and any event it publishes in turn belong to
 * the producer's trace; the log lines written meanwhile carry its {@code traceId} and {@code spanId}.
 */
@ApplicationScoped
public class IncomingEvents {

    private static final Logger LOG = Logger.getLogger(IncomingEvents.class);
    /** One line per event projected (INFO): which consumer applied which event, under the event's trace id. */
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
        Span span = tracer.spanBuilder(record.topic() + " process")
                .setParent(TraceContext.parentOf(header(record, "traceparent")))
                .setSpanKind(SpanKind.CONSUMER)
                .setAttribute("messaging.system", "kafka")
                .setAttribute("messaging.operation.type", "process")
                .setAttribute("messaging.destination.name", record.topic())
                .setAttribute("messaging.destination.partition.id", String.valueOf(record.partition()))
                .setAttribute("messaging.kafka.offset", record.offset())
                .setAttribute("messaging.consumer.group.name", consumer)
                .startSpan();
        Object previousTrace = MDC.get("traceId");
        Object previousSpan = MDC.get("spanId");
        try (Scope scope = span.makeCurrent()) {
            MDC.put("traceId", span.getSpanContext().getTraceId());
            MDC.put("spanId", span.getSpanContext().getSpanId());
            processInSpan(consumer, record, projection, span);
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

    private void processInSpan(String consumer, ConsumerRecord<String, String> record, Consumer<IncomingEvent> projection,
                               Span span) {
        try {
            IncomingEvent event = read(record);
            if (event == null) {
                return; // a type this consumer does not know yet: not an error, producers may be newer
            }
            span.setAttribute("messaging.message.id", event.envelope().id());
            span.setAttribute("cloudevents.event_type", event.envelope().type());
            if (applyWithRetry(consumer, event, projection)) {
                PROCESSED.infof("%s processed %s %s from %s-%d@%d", consumer, event.envelope().type(), event.envelope().id(),
                        record.topic(), record.partition(), record.offset());
            } else {
                PROCESSED.debugf("%s skipped duplicate %s %s", consumer, event.envelope().type(), event.envelope().id());
            }
        } catch (PoisonMessage poison) {
            span.setStatus(StatusCode.ERROR, "dead-lettered");
            LOG.warnf("dead-lettering %s-%d@%d: %s", record.topic(), record.partition(), record.offset(), poison.getMessage());
            deadLetters.send(record, consumer, poison.getMessage());
        }
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
