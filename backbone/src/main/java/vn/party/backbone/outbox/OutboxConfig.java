package vn.party.backbone.outbox;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

import java.time.Duration;
import java.util.Optional;

/** {@code backbone.outbox.*}: where a service publishes its events. */
@ConfigMapping(prefix = "backbone.outbox")
public interface OutboxConfig {

    /** The service's topic, e.g. {@code membership.events}; absent for a service that publishes nothing. */
    Optional<String> topic();

    /** CloudEvents {@code source}, e.g. {@code /membership-service}. */
    @WithDefault("/${quarkus.application.name}")
    String source();

    /** Partitions of the topic when the relay creates it; events are keyed by aggregate, so order holds per aggregate. */
    @WithDefault("6")
    int partitions();

    @WithDefault("1")
    short replicationFactor();

    /** Rows sent per relay transaction. */
    @WithDefault("500")
    int batchSize();

    /** How long sent rows stay in the table before pruning (the topic keeps every event). */
    @WithDefault("P7D")
    Duration retention();
}
