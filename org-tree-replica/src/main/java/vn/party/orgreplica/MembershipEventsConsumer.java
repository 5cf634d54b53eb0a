package vn.party.orgreplica;

import io.smallrye.common.annotation.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import vn.party.backbone.inbox.IncomingEvents;

/**
 * Reads membership.events in order per unit: updates the tree replica, then the service's listeners, in
 * one transaction per event. Poison messages go to membership.events.dlq (channel config).
 */
@ApplicationScoped
public class MembershipEventsConsumer {

    static final String CONSUMER = "membership-events";

    @Inject
    IncomingEvents incoming;

    @Inject
    OrgTreeProjection tree;

    @Inject
    Instance<MembershipEventListener> listeners;

    @Incoming("membership-events")
    @Blocking
    public void consume(ConsumerRecord<String, String> record) {
        incoming.process(CONSUMER, record, event -> {
            tree.apply(event);
            listeners.forEach(listener -> listener.on(event));
        });
    }
}
