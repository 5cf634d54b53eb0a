package vn.party.reporting.inspection;

import com.fasterxml.jackson.databind.node.ObjectNode;
import vn.party.contracts.DomainEvent;
import vn.party.contracts.EventJson;
import vn.party.testsupport.TopicProbe;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.UUID;

/** Puts inspection and cadre events on their topics as those services' outbox relays do (CloudEvents, keyed by subject). */
public final class DomainEventsFixture {

    public static UUID publish(String topic, DomainEvent event) {
        UUID id = UUID.randomUUID();
        publish(topic, event, id);
        return id;
    }

    public static void publish(String topic, DomainEvent event, UUID eventId) {
        publish(topic, event, eventId, OffsetDateTime.now(ZoneOffset.UTC));
    }

    /** As a relay that leaves out the envelope's time (optional in CloudEvents) when {@code time} is null. */
    public static void publish(String topic, DomainEvent event, UUID eventId, OffsetDateTime time) {
        ObjectNode envelope = EventJson.mapper().createObjectNode();
        envelope.put("specversion", "1.0");
        envelope.put("id", eventId.toString());
        envelope.put("source", "/" + topic.substring(0, topic.indexOf('.')) + "-service");
        envelope.put("type", event.eventType().value());
        envelope.put("subject", event.subject());
        if (time != null) {
            envelope.put("time", time.toString());
        }
        envelope.put("datacontenttype", "application/json");
        envelope.put("dataschema", event.eventType().schema());
        envelope.set("data", EventJson.mapper().valueToTree(event));
        TopicProbe.send(topic, event.subject(), envelope.toString(),
                Map.of("content-type", "application/cloudevents+json; charset=UTF-8"));
    }

    private DomainEventsFixture() {
    }
}
