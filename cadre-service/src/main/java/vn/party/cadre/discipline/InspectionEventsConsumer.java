package vn.party.cadre.discipline;

import com.fasterxml.jackson.databind.JsonNode;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.StartupEvent;
import io.smallrye.common.annotation.Blocking;
import io.smallrye.common.annotation.Identifier;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.jboss.logging.Logger;
import vn.party.backbone.inbox.DeadLetters;
import vn.party.backbone.kafka.Topics;
import vn.party.backbone.outbox.OutboxConfig;
import vn.party.backbone.scope.SystemAccess;
import vn.party.cadre.planning.PlanRemovals;
import vn.party.cadre.profile.CadreLookup;
import vn.party.cadre.rules.DisciplineForm;
import vn.party.contracts.EventJson;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * Reads discipline decisions from inspection.events (type {@code inspection.discipline.decided.v1}) and takes a
 * cadre disciplined at reprimand or above out of every plan, with the decision as the reason. The event is
 * read by field name and leniently (inspection's record may carry more): {@code data.memberId},
 * {@code data.form} (or {@code disciplineForm}), {@code data.effectiveDate} and {@code data.decisionId} (or
 * the event's subject). Other types and decisions about organisations are skipped; a decision without those
 * fields goes to inspection.events.dlq with the reason. Idempotent by event id.
 */
@ApplicationScoped
@SystemAccess("consumes inspection.events for every unit: the decision comes from another service, not a caller")
public class InspectionEventsConsumer {

    static final String TOPIC = "inspection.events";
    static final String CONSUMER = "inspection-events";
    static final String TYPE = "inspection.discipline.decided.v1";
    private static final Logger LOG = Logger.getLogger(InspectionEventsConsumer.class);

    @Inject
    EntityManager em;

    @Inject
    CadreLookup cadres;

    @Inject
    PlanRemovals plans;

    @Inject
    DeadLetters deadLetters;

    @Inject
    @Identifier("default-kafka-broker")
    Map<String, Object> kafkaConfig;

    @Inject
    OutboxConfig outboxConfig;

    void createTopics(@Observes StartupEvent start) {
        try {
            Topics.ensure(kafkaConfig, outboxConfig.partitions(), outboxConfig.replicationFactor(), TOPIC, TOPIC + ".dlq");
        } catch (RuntimeException e) {
            LOG.warnf("cannot create %s yet (%s); the consumer waits for it", TOPIC, e.getMessage());
        }
    }

    /** What this consumer needs of a discipline decision. */
    record Decision(UUID eventId, UUID memberId, DisciplineForm form, LocalDate effectiveOn, String decisionId) {
    }

    @Incoming("inspection-events")
    @Blocking
    public void consume(ConsumerRecord<String, String> record) {
        Optional<Decision> decision;
        try {
            decision = read(record.value());
        } catch (IllegalArgumentException e) {
            LOG.warnf("dead-lettering %s-%d@%d: %s", record.topic(), record.partition(), record.offset(), e.getMessage());
            deadLetters.send(record, CONSUMER, e.getMessage());
            return;
        }
        decision.ifPresent(d -> QuarkusTransaction.requiringNew().run(() -> apply(d)));
    }

    static Optional<Decision> read(String value) {
        JsonNode envelope;
        try {
            envelope = EventJson.mapper().readTree(value == null ? "" : value);
        } catch (Exception e) {
            throw new IllegalArgumentException("not a CloudEvent in JSON");
        }
        if (envelope == null || !TYPE.equals(envelope.path("type").asText())) {
            return Optional.empty();
        }
        JsonNode data = envelope.path("data");
        String memberId = text(data, "memberId");
        if (memberId == null) {
            return Optional.empty(); // a decision about an organisation
        }
        String formText = Optional.ofNullable(text(data, "form")).orElse(text(data, "disciplineForm"));
        String decisionId = Optional.ofNullable(text(data, "decisionId")).orElse(text(envelope, "subject"));
        String effective = Optional.ofNullable(text(data, "effectiveDate")).orElse(text(data, "effectiveOn"));
        try {
            UUID eventId = UUID.fromString(envelope.path("id").asText());
            if (formText == null || decisionId == null || effective == null) {
                throw new IllegalArgumentException("lacks form, decisionId or effectiveDate");
            }
            Optional<DisciplineForm> form = DisciplineForm.parse(formText);
            if (form.isEmpty()) {
                LOG.debugf("skipping discipline %s of form %s", decisionId, formText);
                return Optional.empty();
            }
            return Optional.of(new Decision(eventId, UUID.fromString(memberId), form.get(), LocalDate.parse(effective), decisionId));
        } catch (IllegalArgumentException | java.time.DateTimeException e) {
            throw new IllegalArgumentException(TYPE + " unreadable: " + e.getMessage());
        }
    }

    private static String text(JsonNode node, String field) {
        JsonNode v = node.get(field);
        return v == null || v.isNull() || !v.isValueNode() || v.asText().isBlank() ? null : v.asText();
    }

    void apply(Decision d) {
        int first = em.createNativeQuery("""
                        insert into processed_event (consumer, event_id, processed_at) values (:consumer, :id, now())
                        on conflict do nothing""")
                .setParameter("consumer", CONSUMER).setParameter("id", d.eventId()).executeUpdate();
        if (first == 0 || ReceivedDiscipline.findById(d.decisionId()) != null) {
            return;
        }
        ReceivedDiscipline row = new ReceivedDiscipline();
        row.decisionId = d.decisionId();
        row.memberId = d.memberId();
        row.form = d.form();
        row.effectiveOn = d.effectiveOn();
        row.receivedAt = OffsetDateTime.now(ZoneOffset.UTC);
        row.persist();
        if (d.form().reprimandOrAbove()) {
            cadres.byMember(d.memberId()).ifPresent(cadre -> {
                int removed = plans.removeEverywhere(cadre, "discipline " + d.decisionId() + ": " + d.form(), d.decisionId(),
                        d.effectiveOn());
                LOG.infof("discipline %s took cadre %s out of %d plan entries", d.decisionId(), cadre.id(), removed);
            });
        }
    }

    public DeadLetters.ReplayResult replayDeadLetters() {
        return deadLetters.replay(TOPIC, CONSUMER, this::consume);
    }
}
