package vn.party.backbone.inbox;

/**
 * A message that can never be processed, however often it is retried (unreadable, fails its schema, or
 * refused by the projection). {@link IncomingEvents} copies it to {@code <topic>.dlq} with this message as
 * the reason and the consumer carries on. Reasons never contain personal data.
 */
public class PoisonMessage extends RuntimeException {

    public PoisonMessage(String reason) {
        super(reason, null, false, false);
    }

    public PoisonMessage(String reason, Throwable cause) {
        super(reason, cause, false, false);
    }
}
