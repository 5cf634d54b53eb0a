package vn.party.backbone.inbox;

import io.quarkus.runtime.ShutdownEvent;
import io.smallrye.common.annotation.Identifier;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;
import vn.party.backbone.kafka.Topics;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * Replays a dead-letter topic after the cause was fixed: every message not replayed before goes back to
 * the topic it came from, with its key and its headers but without the dead-letter ones. Consumers are
 * idempotent, so a replay never counts an event twice.
 */
@ApplicationScoped
public class DeadLetters {

    private static final Logger LOG = Logger.getLogger(DeadLetters.class);

    @Inject
    @Identifier("default-kafka-broker")
    Map<String, Object> kafkaConfig;

    @ConfigProperty(name = "quarkus.application.name")
    String application;

    public record ReplayResult(String deadLetterTopic, String targetTopic, int replayed) {
    }

    private volatile KafkaProducer<String, String> producer;

    /**
     * Copies a message that can never be processed to {@code <topic>.dlq}, keeping its key and headers
     * and adding why, where it came from and who gave up on it. Waits for the broker's acknowledgement:
     * the caller acknowledges the original only after this returns.
     */
    public void send(ConsumerRecord<String, String> record, String consumer, String reason) {
        ProducerRecord<String, String> dead = new ProducerRecord<>(record.topic() + ".dlq", record.key(), record.value());
        for (Header h : record.headers()) {
            dead.headers().add(h);
        }
        dead.headers().add("dead-letter-reason", utf8(reason));
        dead.headers().add("dead-letter-topic", utf8(record.topic()));
        dead.headers().add("dead-letter-partition", utf8(String.valueOf(record.partition())));
        dead.headers().add("dead-letter-offset", utf8(String.valueOf(record.offset())));
        dead.headers().add("dead-letter-consumer", utf8(application + "/" + consumer));
        try {
            producer().send(dead).get(30, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while dead-lettering", e);
        } catch (Exception e) {
            // not acknowledged: the channel fails and the message is delivered again, never lost
            throw new IllegalStateException("cannot write to " + dead.topic(), e);
        }
    }

    private KafkaProducer<String, String> producer() {
        if (producer == null) {
            synchronized (this) {
                if (producer == null) {
                    Map<String, Object> props = new HashMap<>(Topics.clientConfig(kafkaConfig));
                    props.put(ProducerConfig.ACKS_CONFIG, "all");
                    props.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true);
                    props.put(ProducerConfig.CLIENT_ID_CONFIG, application + "-dead-letters");
                    producer = new KafkaProducer<>(props, new StringSerializer(), new StringSerializer());
                }
            }
        }
        return producer;
    }

    void close(@Observes ShutdownEvent shutdown) {
        if (producer != null) {
            producer.close(Duration.ofSeconds(5));
        }
    }

    private static byte[] utf8(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    public ReplayResult replay(String sourceTopic) {
        String dlq = sourceTopic + ".dlq";
        Map<String, Object> consumerProps = new HashMap<>(Topics.clientConfig(kafkaConfig));
        consumerProps.put(ConsumerConfig.GROUP_ID_CONFIG, application + "-dlq-replay");
        consumerProps.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        consumerProps.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        Map<String, Object> producerProps = new HashMap<>(Topics.clientConfig(kafkaConfig));
        producerProps.put(ProducerConfig.ACKS_CONFIG, "all");
        producerProps.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true);

        int replayed = 0;
        try (var consumer = new KafkaConsumer<>(consumerProps, new StringDeserializer(), new StringDeserializer());
             var producer = new KafkaProducer<>(producerProps, new StringSerializer(), new StringSerializer())) {
            List<TopicPartition> partitions = consumer.partitionsFor(dlq, Duration.ofSeconds(30)).stream()
                    .map(p -> new TopicPartition(dlq, p.partition())).toList();
            consumer.assign(partitions);
            Map<TopicPartition, Long> end = consumer.endOffsets(partitions);
            Map<TopicPartition, org.apache.kafka.clients.consumer.OffsetAndMetadata> committed =
                    consumer.committed(new java.util.HashSet<>(partitions));
            for (TopicPartition tp : partitions) {
                var c = committed.get(tp);
                if (c == null) {
                    consumer.seekToBeginning(List.of(tp));
                } else {
                    consumer.seek(tp, c.offset());
                }
            }
            while (partitions.stream().anyMatch(tp -> consumer.position(tp) < end.get(tp))) {
                for (ConsumerRecord<String, String> r : consumer.poll(Duration.ofSeconds(1))) {
                    if (r.offset() >= end.get(new TopicPartition(r.topic(), r.partition()))) {
                        continue;
                    }
                    ProducerRecord<String, String> back = new ProducerRecord<>(sourceTopic, r.key(), r.value());
                    for (Header h : r.headers()) {
                        if (!h.key().startsWith("dead-letter-")) {
                            back.headers().add(h);
                        }
                    }
                    producer.send(back).get(30, TimeUnit.SECONDS);
                    replayed++;
                }
                consumer.commitSync();
            }
            consumer.commitSync();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } catch (Exception e) {
            throw new IllegalStateException("replaying " + dlq + " failed after " + replayed + " messages", e);
        }
        LOG.infof("replayed %d messages from %s to %s", replayed, dlq, sourceTopic);
        return new ReplayResult(dlq, sourceTopic, replayed);
    }
}
