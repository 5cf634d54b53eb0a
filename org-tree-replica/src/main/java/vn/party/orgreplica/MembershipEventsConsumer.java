package vn.party.orgreplica;

import io.quarkus.runtime.StartupEvent;
import io.smallrye.common.annotation.Blocking;
import io.smallrye.common.annotation.Identifier;
import jakarta.enterprise.event.Observes;
import org.jboss.logging.Logger;
import vn.party.backbone.inbox.DeadLetters;
import vn.party.backbone.kafka.Topics;
import vn.party.backbone.outbox.OutboxConfig;
import java.util.Map;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import vn.party.backbone.inbox.IncomingEvent;
import java.util.ArrayList;
import java.util.List;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import vn.party.backbone.inbox.IncomingEvents;

/**
 * Reads membership.events in order per unit: updates the tree and member replicas, then the service's listeners, in
 * one transaction per poll. Poison messages are dead-lettered to membership.events.dlq by
 * {@link IncomingEvents}; {@link #replayDeadLetters()} hands them back after a fix.
 */
@ApplicationScoped
public class MembershipEventsConsumer {

    static final String TOPIC = "membership.events";
    static final String CONSUMER = "membership-events";
    private static final Logger LOG = Logger.getLogger(MembershipEventsConsumer.class);

    @Inject
    IncomingEvents incoming;

    @Inject
    OrgTreeProjection tree;

    @Inject
    MemberReplicaProjection members;

    @Inject
    Instance<MembershipEventListener> listeners;

    @Inject
    DeadLetters deadLetters;

    @Inject
    @Identifier("default-kafka-broker")
    Map<String, Object> kafkaConfig;

    @Inject
    OutboxConfig outboxConfig;

    /** The topic may not exist yet when this service starts before membership-service. */
    void createTopics(@Observes StartupEvent start) {
        try {
            Topics.ensure(kafkaConfig, outboxConfig.partitions(), outboxConfig.replicationFactor(), TOPIC, TOPIC + ".dlq");
        } catch (RuntimeException e) {
            LOG.warnf("cannot create %s yet (%s); the consumer waits for it", TOPIC, e.getMessage());
        }
    }

    /** One poll's records, in one transaction ({@link IncomingEvents#processBatch}). */
    @Incoming("membership-events")
    @Blocking
    public void consume(ConsumerRecords<String, String> records) {
        List<ConsumerRecord<String, String>> batch = new ArrayList<>(records.count());
        records.forEach(batch::add);
        incoming.processBatch(CONSUMER, batch, this::apply);
    }

    private void apply(IncomingEvent event) {
        tree.apply(event);
        members.apply(event);
        listeners.forEach(listener -> listener.on(event));
    }

    public DeadLetters.ReplayResult replayDeadLetters() {
        return deadLetters.replay(TOPIC, CONSUMER, record -> incoming.process(CONSUMER, record, this::apply));
    }
}
