package vn.party.membership.bulk;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.arc.Arc;
import io.quarkus.arc.InjectableContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import jakarta.transaction.Transactional;
import vn.party.backbone.events.CloudEvent;
import vn.party.backbone.outbox.OutboxConfig;
import vn.party.backbone.outbox.OutboxRelay;
import vn.party.backbone.scope.SystemAccess;
import vn.party.backbone.tracing.TraceContext;
import vn.party.contracts.DomainEvent;
import vn.party.contracts.EventJson;
import vn.party.contracts.EventSchemas;
import vn.party.membership.reports.SqlArrays;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * Outbox and audit rows of a bulk command (an import chunk, a whole organisation's grades, a round's closing)
 * written in one statement per few thousand rows instead of one round trip each. The outbox rows are exactly what
 * backbone's {@code Outbox.publish} writes (each event checked against its schema first, the same CloudEvents
 * envelope, the request's trace context), and the relay is nudged after the commit as it is there.
 *
 * <p>Belongs in backbone as {@code Outbox.publishAll} and {@code AuditTrail.recordAll}: kept here until it moves.
 */
@ApplicationScoped
@SystemAccess("writes outbox and audit rows in bulk, as backbone's Outbox and AuditTrail write them one by one; reads nothing")
public class BulkWrites {

    /** Rows per statement: the array literals stay a few MB at most. */
    static final int ROWS_PER_STATEMENT = 2_000;

    /** One audit entry of a bulk command. */
    public record AuditEntry(String entityId, Object detail) {
    }

    @Inject
    EntityManager em;

    @Inject
    OutboxConfig config;

    @Inject
    TraceContext trace;

    @Inject
    OutboxRelay relay;

    @Inject
    TransactionSynchronizationRegistry transactions;

    @Inject
    ObjectMapper json;

    /** Records the events in the current transaction, in order; nothing is sent before the commit. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void publishAll(List<? extends DomainEvent> events) {
        if (events.isEmpty()) {
            return;
        }
        String topic = config.topic().orElseThrow(() ->
                new IllegalStateException("backbone.outbox.topic is not set: this service publishes no events"));
        String traceparent = currentTraceparent();
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
        for (int from = 0; from < events.size(); from += ROWS_PER_STATEMENT) {
            List<? extends DomainEvent> chunk = events.subList(from, Math.min(events.size(), from + ROWS_PER_STATEMENT));
            List<UUID> ids = new ArrayList<>(chunk.size());
            List<String> keys = new ArrayList<>(chunk.size());
            List<String> types = new ArrayList<>(chunk.size());
            List<String> payloads = new ArrayList<>(chunk.size());
            for (DomainEvent event : chunk) {
                UUID id = UUID.randomUUID();
                JsonNode data = EventJson.mapper().valueToTree(event);
                List<String> problems = EventSchemas.validate(event.eventType().schema(), data);
                if (!problems.isEmpty()) {
                    throw new IllegalStateException(event.eventType().value() + " breaks its own schema: " + problems);
                }
                CloudEvent envelope = new CloudEvent(CloudEvent.SPEC_VERSION, id.toString(), config.source(),
                        event.eventType().value(), event.subject(), now, "application/json", event.eventType().schema(), data);
                ids.add(id);
                keys.add(event.subject());
                types.add(envelope.type());
                payloads.add(write(EventJson.mapper(), envelope));
            }
            em.createNativeQuery("""
                            insert into outbox_event (event_id, topic, event_key, event_type, payload, traceparent, created_at)
                            select e.id, ?1, e.k, e.t, cast(e.p as jsonb), ?2, ?3
                            from unnest(cast(?4 as uuid[]), cast(?5 as text[]), cast(?6 as text[]), cast(?7 as text[]))
                                 with ordinality as e(id, k, t, p, n)
                            order by e.n""")
                    .setParameter(1, topic).setParameter(2, traceparent).setParameter(3, now)
                    .setParameter(4, SqlArrays.uuids(ids)).setParameter(5, SqlArrays.texts(keys))
                    .setParameter(6, SqlArrays.texts(types)).setParameter(7, SqlArrays.texts(payloads))
                    .executeUpdate();
        }
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
    }

    /** Audit entries of one action by one actor, in one statement per chunk. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void auditAll(String actor, String action, String entityType, List<AuditEntry> entries) {
        for (int from = 0; from < entries.size(); from += ROWS_PER_STATEMENT) {
            List<AuditEntry> chunk = entries.subList(from, Math.min(entries.size(), from + ROWS_PER_STATEMENT));
            em.createNativeQuery("""
                            insert into audit_log (at, actor, action, entity_type, entity_id, detail)
                            select now(), ?1, ?2, ?3, e.id, cast(e.d as jsonb)
                            from unnest(cast(?4 as text[]), cast(?5 as text[])) with ordinality as e(id, d, n)
                            order by e.n""")
                    .setParameter(1, actor).setParameter(2, action).setParameter(3, entityType)
                    .setParameter(4, SqlArrays.texts(chunk.stream().map(AuditEntry::entityId).toList()))
                    .setParameter(5, SqlArrays.texts(chunk.stream().map(e -> e.detail() == null ? "{}" : write(json, e.detail())).toList()))
                    .executeUpdate();
        }
    }

    private String currentTraceparent() {
        InjectableContext requestContext = Arc.container().getActiveContext(RequestScoped.class);
        return requestContext != null ? trace.traceparent() : TraceContext.newTraceparent();
    }

    private static String write(ObjectMapper mapper, Object value) {
        try {
            return mapper.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot serialise " + value.getClass().getSimpleName(), e);
        }
    }
}
