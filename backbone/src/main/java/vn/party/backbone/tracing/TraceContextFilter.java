package vn.party.backbone.tracing;

import jakarta.inject.Inject;
import jakarta.ws.rs.container.ContainerRequestContext;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

/** Picks the caller's {@code traceparent} up for {@link TraceContext}. */
public class TraceContextFilter {

    @Inject
    TraceContext trace;

    @ServerRequestFilter
    public void capture(ContainerRequestContext request) {
        trace.accept(request.getHeaderString("traceparent"));
    }
}
