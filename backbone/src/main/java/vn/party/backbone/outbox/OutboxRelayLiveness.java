package vn.party.backbone.outbox;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Liveness;

import java.time.Duration;

/**
 * The service is alive only while its outbox relay keeps passing: a process whose HTTP server still answers
 * but whose relay stopped (a stuck transaction, a scheduler thread lost to an OutOfMemoryError) publishes
 * nothing, so the orchestrator should restart it. A Kafka outage does not make it DOWN: the pass fails fast
 * and the relay keeps trying, and a restart would not bring Kafka back.
 */
@Liveness
@ApplicationScoped
public class OutboxRelayLiveness implements HealthCheck {

    @Inject
    OutboxRelay relay;

    /** Longer than the producer's send timeout times a batch, so a slow but moving relay stays UP. */
    @ConfigProperty(name = "backbone.outbox.liveness-limit", defaultValue = "PT2M")
    Duration limit;

    @Override
    public HealthCheckResponse call() {
        if (!relay.relays()) {
            return HealthCheckResponse.named("outbox-relay").up().withData("relay", "none: the service publishes nothing").build();
        }
        Duration since = relay.sinceLastPass();
        return HealthCheckResponse.named("outbox-relay").status(since.compareTo(limit) < 0)
                .withData("secondsSinceLastPass", since.toSeconds())
                .withData("limitSeconds", limit.toSeconds())
                .build();
    }
}
