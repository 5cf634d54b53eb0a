package vn.party.backbone.tracing;

import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.SpanContext;
import io.opentelemetry.api.trace.propagation.W3CTraceContextPropagator;
import io.opentelemetry.context.Context;
import io.opentelemetry.context.propagation.TextMapGetter;
import jakarta.enterprise.context.ApplicationScoped;

import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.List;

/**
 * The W3C trace context of the work in progress, as quarkus-opentelemetry keeps it: the HTTP request's
 * server span (continuing the caller's {@code traceparent}), or an event's processing span (continuing
 * the producer's). The outbox stores it with each event and the relay sends it as the record's
 * {@code traceparent} header, so one change is one trace from the request through every consumer.
 */
@ApplicationScoped
public class TraceContext {

    private static final SecureRandom RANDOM = new SecureRandom();

    private static final TextMapGetter<String> TRACEPARENT = new TextMapGetter<>() {
        @Override
        public Iterable<String> keys(String carrier) {
            return List.of("traceparent");
        }

        @Override
        public String get(String carrier, String key) {
            return "traceparent".equals(key) ? carrier : null;
        }
    };

    /** The current span's {@code traceparent}; a new trace's when no span is current (background work). */
    public String traceparent() {
        String current = traceparent(Span.current().getSpanContext());
        return current != null ? current : newTraceparent();
    }

    /** {@code 00-<trace id>-<span id>-<flags>}, or null for an invalid (absent) span context. */
    public static String traceparent(SpanContext span) {
        if (span == null || !span.isValid()) {
            return null;
        }
        return "00-" + span.getTraceId() + "-" + span.getSpanId() + "-" + span.getTraceFlags().asHex();
    }

    /** The remote parent a {@code traceparent} header names, or the root context when it is absent or malformed. */
    public static Context parentOf(String traceparent) {
        if (traceparent == null) {
            return Context.root();
        }
        return W3CTraceContextPropagator.getInstance().extract(Context.root(), traceparent, TRACEPARENT);
    }

    /** A fresh sampled traceparent, for work that started outside any trace. */
    public static String newTraceparent() {
        byte[] trace = new byte[16];
        byte[] span = new byte[8];
        RANDOM.nextBytes(trace);
        RANDOM.nextBytes(span);
        HexFormat hex = HexFormat.of();
        return "00-" + hex.formatHex(trace) + "-" + hex.formatHex(span) + "-01";
    }
}
