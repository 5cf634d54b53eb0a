package vn.party.reporting.inspection;

import io.quarkus.runtime.StartupEvent;
import io.smallrye.common.annotation.Blocking;
import io.smallrye.common.annotation.Identifier;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.jboss.logging.Logger;
import vn.party.backbone.inbox.DeadLetters;
import vn.party.backbone.inbox.IncomingEvents;
import vn.party.backbone.kafka.Topics;
import vn.party.backbone.outbox.OutboxConfig;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Reads inspection.events into {@link InspectionProjection}, one transaction per poll with its processed-event records
 * ({@link IncomingEvents}: schema-checked, idempotent, poison messages to inspection.events.dlq with the reason).
 */
@ApplicationScoped
public class InspectionEventsConsumer {

    static final String TOPIC = InspectionProjection.TOPIC;
    static final String CONSUMER = "inspection-events";
    private static final Logger LOG = Logger.getLogger(InspectionEventsConsumer.class);

    @Inject
    IncomingEvents incoming;

    @Inject
    InspectionProjection projection;

    @Inject
    DeadLetters deadLetters;

    @Inject
    @Identifier("default-kafka-broker")
    Map<String, Object> kafkaConfig;

    @Inject
    OutboxConfig outboxConfig;

    /** The topic may not exist yet when reporting starts before its producer. */
    void createTopics(@Observes StartupEvent start) {
        try {
            Topics.ensure(kafkaConfig, outboxConfig.partitions(), outboxConfig.replicationFactor(), TOPIC, TOPIC + ".dlq");
        } catch (RuntimeException e) {
            LOG.warnf("cannot create %s yet (%s); the consumer waits for it", TOPIC, e.getMessage());
        }
    }

    /** One poll's records, in one transaction ({@link IncomingEvents#processBatch}). */
    @Incoming("inspection-events")
    @Blocking
    public void consume(ConsumerRecords<String, String> records) {
        List<ConsumerRecord<String, String>> batch = new ArrayList<>(records.count());
        records.forEach(batch::add);
        incoming.processBatch(CONSUMER, batch, projection::on);
    }

    public DeadLetters.ReplayResult replayDeadLetters() {
        return deadLetters.replay(TOPIC, CONSUMER, record -> incoming.process(CONSUMER, record, projection::on));
    }
}
