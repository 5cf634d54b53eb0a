package vn.party.backbone.tracing;

import jakarta.enterprise.context.RequestScoped;

import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.regex.Pattern;

/**
 * The W3C trace context of the current request: taken from its {@code traceparent} header, or started
 * here. The outbox stores it with each event and the relay sends it as a Kafka header, so one change can
 * be followed from the request through every consumer.
 */
@RequestScoped
public class TraceContext {

    private static final Pattern TRACEPARENT = Pattern.compile("^00-[0-9a-f]{32}-[0-9a-f]{16}-[0-9a-f]{2}$");
    private static final SecureRandom RANDOM = new SecureRandom();

    private String traceparent;

    void accept(String header) {
        traceparent = header != null && TRACEPARENT.matcher(header).matches() ? header : null;
    }

    public String traceparent() {
        if (traceparent == null) {
            traceparent = newTraceparent();
        }
        return traceparent;
    }

    public static String newTraceparent() {
        byte[] trace = new byte[16];
        byte[] span = new byte[8];
        RANDOM.nextBytes(trace);
        RANDOM.nextBytes(span);
        HexFormat hex = HexFormat.of();
        return "00-" + hex.formatHex(trace) + "-" + hex.formatHex(span) + "-01";
    }
}
