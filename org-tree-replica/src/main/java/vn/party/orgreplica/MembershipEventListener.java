package vn.party.orgreplica;

import vn.party.backbone.inbox.IncomingEvent;

/**
 * A service's own projection of membership events. Called inside the consumer's transaction, after the
 * tree replica is updated, and only for the first delivery of an event.
 */
public interface MembershipEventListener {

    void on(IncomingEvent event);
}
