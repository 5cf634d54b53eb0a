package vn.party.testsupport;

import io.quarkus.test.junit.callback.QuarkusTestBeforeEachCallback;
import io.quarkus.test.junit.callback.QuarkusTestMethodContext;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.ListOffsetsResult;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.TopicPartition;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.ConfigProvider;

import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

/**
 * Before the first test of a started application, waits until each of its Kafka consumers has read what its topic
 * held when the application started. {@code deploy/suite test} runs every module against one broker, so a service
 * tested late finds thousands of events from earlier modules' tests on the topics it reads from {@code earliest};
 * without this wait its first tests spend their patience on that backlog and time out (reporting's did in CI).
 *
 * <p>Registered for every @QuarkusTest through {@code META-INF/services}. The consumers are the application's
 * {@code mp.messaging.incoming.*} channels (topic and group id from its own configuration). Fails with the lags if a
 * consumer does not catch up in {@link #PATIENCE}: a consumer that stalls is a failure, not something to wait out.
 */
public class ConsumersCaughtUp implements QuarkusTestBeforeEachCallback {

    static final Duration PATIENCE = Duration.ofMinutes(8);
    private static final String PREFIX = "mp.messaging.incoming.";

    /** Applications (by name and the group ids they use) already waited for in this JVM. */
    private static final Set<String> CAUGHT_UP = java.util.concurrent.ConcurrentHashMap.newKeySet();

    @Override
    public void beforeEach(QuarkusTestMethodContext context) {
        Map<String, String> topicByGroup = consumersOf(ConfigProvider.getConfig());
        if (topicByGroup.isEmpty() || !CAUGHT_UP.add(topicByGroup.toString())) {
            return;
        }
        try {
            awaitCaughtUp(topicByGroup);
        } catch (RuntimeException | Error e) {
            CAUGHT_UP.remove(topicByGroup.toString());
            throw e;
        }
    }

    /** Group id → topic of each enabled Kafka channel the application reads. */
    static Map<String, String> consumersOf(Config config) {
        Map<String, String> topicByGroup = new TreeMap<>();
        for (String name : config.getPropertyNames()) {
            if (!name.startsWith(PREFIX) || !name.endsWith(".connector")) {
                continue;
            }
            String channel = name.substring(PREFIX.length(), name.length() - ".connector".length());
            String key = PREFIX + channel + ".";
            if (!"smallrye-kafka".equals(config.getOptionalValue(name, String.class).orElse(""))
                    || !config.getOptionalValue(key + "enabled", Boolean.class).orElse(true)) {
                continue;
            }
            String topic = config.getOptionalValue(key + "topic", String.class).orElse(channel);
            String group = config.getOptionalValue(key + "group.id", String.class)
                    .orElseGet(() -> config.getValue("quarkus.application.name", String.class));
            topicByGroup.put(group, topic);
        }
        return topicByGroup;
    }

    /** Waits until every group's committed offsets reach the ends its topic had when this was called. */
    public static void awaitCaughtUp(Map<String, String> topicByGroup) {
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, SuiteInfrastructure.kafkaBootstrap()))) {
            Map<String, Map<TopicPartition, Long>> targets = new HashMap<>();
            for (var consumer : topicByGroup.entrySet()) {
                targets.put(consumer.getKey(), endOffsets(admin, consumer.getValue()));
            }
            long deadline = System.nanoTime() + PATIENCE.toNanos();
            long nextReport = System.nanoTime() + TimeUnit.SECONDS.toNanos(15);
            while (true) {
                Map<String, Long> lags = new TreeMap<>();
                for (var target : targets.entrySet()) {
                    long lag = lag(admin, target.getKey(), target.getValue());
                    if (lag > 0) {
                        lags.put(target.getKey() + " on " + topicByGroup.get(target.getKey()), lag);
                    }
                }
                if (lags.isEmpty()) {
                    return;
                }
                if (System.nanoTime() > deadline) {
                    throw new AssertionError("consumers still behind the events on their topics after " + PATIENCE + ": " + lags);
                }
                if (System.nanoTime() > nextReport) {
                    System.out.println("waiting for consumers to read the events already on their topics: " + lags);
                    nextReport = System.nanoTime() + TimeUnit.SECONDS.toNanos(15);
                }
                Thread.sleep(250);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for consumers", e);
        } catch (ExecutionException e) {
            throw new IllegalStateException("cannot read consumer offsets from the test broker", e);
        }
    }

    /** The topic's end offset per partition; none when the topic does not exist (yet). */
    private static Map<TopicPartition, Long> endOffsets(Admin admin, String topic) throws ExecutionException, InterruptedException {
        var description = admin.describeTopics(Set.of(topic)).topicNameValues().get(topic);
        try {
            var partitions = description.get().partitions().stream()
                    .map(p -> new TopicPartition(topic, p.partition()))
                    .collect(Collectors.toMap(tp -> tp, tp -> OffsetSpec.latest()));
            ListOffsetsResult ends = admin.listOffsets(partitions);
            return ends.all().get().entrySet().stream()
                    .filter(e -> e.getValue().offset() > 0)
                    .collect(Collectors.toMap(Map.Entry::getKey, e -> e.getValue().offset()));
        } catch (ExecutionException e) {
            if (e.getCause() instanceof org.apache.kafka.common.errors.UnknownTopicOrPartitionException) {
                return Map.of();
            }
            throw e;
        }
    }

    private static long lag(Admin admin, String group, Map<TopicPartition, Long> target)
            throws ExecutionException, InterruptedException {
        if (target.isEmpty()) {
            return 0;
        }
        Map<TopicPartition, OffsetAndMetadata> committed =
                admin.listConsumerGroupOffsets(group).partitionsToOffsetAndMetadata().get();
        long lag = 0;
        for (var end : target.entrySet()) {
            OffsetAndMetadata at = committed.get(end.getKey());
            lag += Math.max(0, end.getValue() - (at == null ? 0 : at.offset()));
        }
        return lag;
    }
}
