package vn.party.backbone.kafka;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.common.config.TopicConfig;
import org.apache.kafka.common.errors.TopicExistsException;

import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

/** Kafka plumbing shared by the relay and the dead-letter replay. */
public final class Topics {

    /** Kafka client settings from Quarkus' {@code default-kafka-broker} map (all {@code kafka.*} properties). */
    public static Map<String, Object> clientConfig(Map<String, Object> defaultKafkaBroker) {
        Map<String, Object> props = new HashMap<>();
        Set<String> known = new java.util.HashSet<>(AdminClientConfig.configNames());
        known.addAll(org.apache.kafka.clients.producer.ProducerConfig.configNames());
        known.addAll(org.apache.kafka.clients.consumer.ConsumerConfig.configNames());
        defaultKafkaBroker.forEach((k, v) -> {
            if (known.contains(k) || k.startsWith("sasl.") || k.startsWith("ssl.")) {
                props.put(k, v);
            }
        });
        return props;
    }

    /**
     * Settings of every producer of the backbone: acknowledged by all replicas, idempotent, and failing
     * fast while Kafka is away (the caller retries later) instead of blocking a database transaction.
     */
    public static Map<String, Object> producerConfig(Map<String, Object> defaultKafkaBroker, String clientId) {
        Map<String, Object> props = new HashMap<>(clientConfig(defaultKafkaBroker));
        props.put(org.apache.kafka.clients.producer.ProducerConfig.ACKS_CONFIG, "all");
        props.put(org.apache.kafka.clients.producer.ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true);
        props.put(org.apache.kafka.clients.producer.ProducerConfig.MAX_BLOCK_MS_CONFIG, 10_000);
        props.put(org.apache.kafka.clients.producer.ProducerConfig.REQUEST_TIMEOUT_MS_CONFIG, 10_000);
        props.put(org.apache.kafka.clients.producer.ProducerConfig.DELIVERY_TIMEOUT_MS_CONFIG, 20_000);
        props.put(org.apache.kafka.clients.producer.ProducerConfig.CLIENT_ID_CONFIG, clientId);
        return props;
    }

    /**
     * Creates the topics that do not exist yet. Domain topics and their dead-letter topics keep every
     * event (no time-based deletion): they are the log read models are rebuilt from.
     */
    public static void ensure(Map<String, Object> defaultKafkaBroker, int partitions, short replication, String... topics) {
        Map<String, Object> props = new HashMap<>();
        clientConfig(defaultKafkaBroker).forEach((k, v) -> {
            if (AdminClientConfig.configNames().contains(k) || k.startsWith("sasl.") || k.startsWith("ssl.")) {
                props.put(k, v); // the admin client warns about producer/consumer settings
            }
        });
        try (Admin admin = Admin.create(props)) {
            Set<String> existing = admin.listTopics().names().get(30, TimeUnit.SECONDS);
            List<NewTopic> missing = Arrays.stream(topics).filter(t -> !existing.contains(t))
                    .map(t -> new NewTopic(t, partitions, replication)
                            .configs(Map.of(TopicConfig.RETENTION_MS_CONFIG, "-1")))
                    .collect(Collectors.toList());
            if (!missing.isEmpty()) {
                admin.createTopics(missing).all().get(30, TimeUnit.SECONDS);
            }
        } catch (ExecutionException e) {
            if (!(e.getCause() instanceof TopicExistsException)) {
                throw new IllegalStateException("cannot create topics " + Arrays.toString(topics), e.getCause());
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } catch (java.util.concurrent.TimeoutException e) {
            throw new IllegalStateException("Kafka did not answer in time while creating " + Arrays.toString(topics), e);
        }
    }

    private Topics() {
    }
}
