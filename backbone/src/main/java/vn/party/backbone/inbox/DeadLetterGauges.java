package vn.party.backbone.inbox;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.scheduler.Scheduled;
import io.smallrye.common.annotation.Identifier;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.ListOffsetsResult;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.common.TopicPartition;
import org.jboss.logging.Logger;
import vn.party.backbone.kafka.Topics;

import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

/**
 * {@code dead_letters{topic=<x>.dlq}}: how many letters each dead-letter topic on the broker holds (end minus
 * start offsets), read every {@code backbone.dead-letters.gauge-interval} (30 s). Any value above zero is a
 * message no consumer could process; alerts fire on it. Letters are never deleted, so a replayed letter still
 * counts: compare with the last replay.
 */
@ApplicationScoped
public class DeadLetterGauges {

    private static final Logger LOG = Logger.getLogger(DeadLetterGauges.class);

    @Inject
    @Identifier("default-kafka-broker")
    Map<String, Object> kafkaConfig;

    @Inject
    MeterRegistry registry;

    private final Map<String, AtomicLong> sizes = new ConcurrentHashMap<>();
    private volatile Admin admin;

    @Scheduled(every = "${backbone.dead-letters.gauge-interval:30s}", delayed = "${backbone.dead-letters.gauge-delay:5s}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP, identity = "dead-letter-gauges")
    void refresh() {
        try {
            Set<String> dlqs = admin().listTopics().names().get(10, TimeUnit.SECONDS).stream()
                    .filter(t -> t.endsWith(".dlq")).collect(java.util.stream.Collectors.toSet());
            if (dlqs.isEmpty()) {
                return;
            }
            Map<TopicPartition, OffsetSpec> earliest = new HashMap<>();
            Map<TopicPartition, OffsetSpec> latest = new HashMap<>();
            admin().describeTopics(dlqs).allTopicNames().get(10, TimeUnit.SECONDS).forEach((topic, description) ->
                    description.partitions().forEach(p -> {
                        earliest.put(new TopicPartition(topic, p.partition()), OffsetSpec.earliest());
                        latest.put(new TopicPartition(topic, p.partition()), OffsetSpec.latest());
                    }));
            Map<TopicPartition, ListOffsetsResult.ListOffsetsResultInfo> start = admin().listOffsets(earliest).all().get(10, TimeUnit.SECONDS);
            Map<TopicPartition, ListOffsetsResult.ListOffsetsResultInfo> end = admin().listOffsets(latest).all().get(10, TimeUnit.SECONDS);
            Map<String, Long> count = new HashMap<>();
            end.forEach((tp, info) -> count.merge(tp.topic(), info.offset() - start.get(tp).offset(), Long::sum));
            count.forEach((topic, n) -> gauge(topic).set(n));
        } catch (Exception e) {
            LOG.debugf("cannot count dead letters yet: %s", e.toString());
        }
    }

    /** The current count of {@code dlqTopic} as last read (0 before the first read). */
    public long size(String dlqTopic) {
        AtomicLong n = sizes.get(dlqTopic);
        return n == null ? 0 : n.get();
    }

    private AtomicLong gauge(String topic) {
        return sizes.computeIfAbsent(topic, t -> {
            AtomicLong n = new AtomicLong();
            Gauge.builder("dead.letters", n, AtomicLong::get)
                    .description("Messages in a dead-letter topic (end minus start offsets)")
                    .tag("topic", t)
                    .register(registry);
            return n;
        });
    }

    private Admin admin() {
        if (admin == null) {
            synchronized (this) {
                if (admin == null) {
                    admin = Admin.create(Topics.clientConfig(kafkaConfig));
                }
            }
        }
        return admin;
    }

    void close(@Observes ShutdownEvent shutdown) {
        if (admin != null) {
            admin.close(java.time.Duration.ofSeconds(5));
        }
    }
}
