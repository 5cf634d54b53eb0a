package vn.party.backbone.outbox;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import jakarta.transaction.Transactional;
import vn.party.backbone.events.CloudEvent;
import vn.party.backbone.tracing.TraceContext;
import vn.party.contracts.DomainEvent;
import vn.party.contracts.EventJson;
import vn.party.contracts.EventSchemas;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;

/**
 * Records a domain event in the current transaction. Nothing is sent from here: the {@link OutboxRelay}
 * publishes the row after the commit, so an event is never lost and never invented by a rollback.
 */
@ApplicationScoped
public class Outbox {

    @Inject
    OutboxConfig config;

    @Inject
    TraceContext trace;

    @Inject
    OutboxRelay relay;

    @Inject
    TransactionSynchronizationRegistry transactions;

    @Transactional(Transactional.TxType.MANDATORY)
    public UUID publish(DomainEvent event) {
        String topic = config.topic().orElseThrow(() ->
                new IllegalStateException("backbone.outbox.topic is not set: this service publishes no events"));
        UUID id = UUID.randomUUID();
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
        JsonNode data = EventJson.mapper().valueToTree(event);
        List<String> problems = EventSchemas.validate(event.eventType().schema(), data);
        if (!problems.isEmpty()) {
            // never publish what every consumer would dead-letter; the caller's transaction rolls back
            throw new IllegalStateException(event.eventType().value() + " breaks its own schema: " + problems);
        }
        CloudEvent envelope = new CloudEvent(CloudEvent.SPEC_VERSION, id.toString(), config.source(),
                event.eventType().value(), event.subject(), now, "application/json", event.eventType().schema(), data);

        OutboxEvent row = new OutboxEvent();
        row.eventId = id;
        row.topic = topic;
        row.key = event.subject();
        row.type = envelope.type();
        row.payload = toJson(envelope);
        row.traceparent = currentTraceparent();
        row.createdAt = now;
        row.persist();
        transactions.registerInterposedSynchronization(new Synchronization() {
            @Override
            public void beforeCompletion() {
            }

            @Override
            public void afterCompletion(int status) {
                if (status == Status.STATUS_COMMITTED) {
                    relay.nudge();
                }
            }
        });
        return id;
    }

    /** The request's (or the consumed event's) span, so the consumers of this event continue its trace. */
    private String currentTraceparent() {
        return trace.traceparent();
    }

    private static String toJson(CloudEvent envelope) {
        try {
            return EventJson.mapper().writeValueAsString(envelope);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot serialise event " + envelope.type(), e);
        }
    }
}
