package vn.party.testsupport;

import com.fasterxml.jackson.databind.node.ObjectNode;
import vn.party.contracts.DomainEvent;
import vn.party.contracts.EventJson;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.UUID;

/**
 * Puts events on membership.events exactly as membership-service's outbox relay does (CloudEvents
 * structured mode, keyed by subject), for testing consumers without running the producer.
 */
public final class MembershipEventsFixture {

    public static final String TOPIC = "membership.events";

    /** Publishes {@code event} under a new event id; returns the CloudEvent JSON that was sent. */
    public static String publish(DomainEvent event) {
        return publish(event, UUID.randomUUID());
    }

    public static String publish(DomainEvent event, UUID eventId) {
        String json = cloudEvent(event, eventId);
        send(event.subject(), json);
        return json;
    }

    public static String cloudEvent(DomainEvent event, UUID eventId) {
        ObjectNode envelope = EventJson.mapper().createObjectNode();
        envelope.put("specversion", "1.0");
        envelope.put("id", eventId.toString());
        envelope.put("source", "/membership-service");
        envelope.put("type", event.eventType().value());
        envelope.put("subject", event.subject());
        envelope.put("time", OffsetDateTime.now(ZoneOffset.UTC).toString());
        envelope.put("datacontenttype", "application/json");
        envelope.put("dataschema", event.eventType().schema());
        envelope.set("data", EventJson.mapper().valueToTree(event));
        return envelope.toString();
    }

    public static void send(String key, String value) {
        TopicProbe.send(TOPIC, key, value, Map.of("content-type", "application/cloudevents+json; charset=UTF-8"));
    }

    private MembershipEventsFixture() {
    }
}
