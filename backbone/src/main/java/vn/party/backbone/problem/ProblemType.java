package vn.party.backbone.problem;

import java.net.URI;

/**
 * The stable problem types every service answers with. The URI is an identifier, documented in each
 * service's OpenAPI; clients switch on it, never on the title.
 */
public enum ProblemType {
    VALIDATION(400, "validation", "The request is not valid"),
    MALFORMED(400, "malformed-request", "The request body cannot be read"),
    UNAUTHENTICATED(401, "unauthenticated", "A valid bearer token is required"),
    FORBIDDEN(403, "forbidden", "Your role does not allow this"),
    NOT_FOUND(404, "not-found", "No such resource"),
    METHOD_NOT_ALLOWED(405, "method-not-allowed", "Method not allowed here"),
    NOT_ACCEPTABLE(406, "not-acceptable", "No acceptable representation"),
    CONFLICT(409, "conflict", "The request conflicts with the current state"),
    STALE_VERSION(409, "stale-version", "The resource has changed since you read it"),
    PAYLOAD_TOO_LARGE(413, "payload-too-large", "The request body is too large"),
    UNSUPPORTED_MEDIA_TYPE(415, "unsupported-media-type", "Unsupported content type"),
    RULE_VIOLATION(422, "rule-violation", "A rule refuses this command"),
    IDEMPOTENCY_KEY_REUSED(422, "idempotency-key-reused", "This Idempotency-Key was used for another request"),
    PRECONDITION_REQUIRED(428, "precondition-required", "Send If-Match with the ETag you read"),
    UNAVAILABLE(503, "unavailable", "A part the service depends on is unavailable; try again"),
    INTERNAL(500, "internal", "Something went wrong on our side");

    private static final String BASE = "https://party-suite.vn/problems/";

    private final int status;
    private final String slug;
    private final String title;

    ProblemType(int status, String slug, String title) {
        this.status = status;
        this.slug = slug;
        this.title = title;
    }

    public URI uri() {
        return URI.create(BASE + slug);
    }

    public int status() {
        return status;
    }

    public String title() {
        return title;
    }
}
