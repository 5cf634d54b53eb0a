package vn.party.backbone.inbox;

import vn.party.backbone.events.CloudEvent;
import vn.party.contracts.DomainEvent;

import java.util.UUID;

/** A received event: its envelope and its data, already validated against its schema and decoded. */
public record IncomingEvent(CloudEvent envelope, DomainEvent data, String traceparent) {

    public UUID id() {
        return UUID.fromString(envelope.id());
    }
}
