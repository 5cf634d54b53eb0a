package vn.party.reporting.baseorg;

import jakarta.enterprise.context.ApplicationScoped;
import vn.party.backbone.inbox.IncomingEvent;
import vn.party.orgreplica.MembershipEventListener;

import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

/** A projection with a side effect that is not idempotent by itself: it counts how often each event reaches it. */
@ApplicationScoped
public class CountingListener implements MembershipEventListener {

    private final Map<UUID, Integer> deliveries = new ConcurrentHashMap<>();

    @Override
    public void on(IncomingEvent event) {
        deliveries.merge(event.id(), 1, Integer::sum);
    }

    public int deliveriesOf(UUID eventId) {
        return deliveries.getOrDefault(eventId, 0);
    }
}
