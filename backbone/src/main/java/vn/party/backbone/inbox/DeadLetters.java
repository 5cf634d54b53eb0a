package vn.party.backbone.inbox;

import io.quarkus.runtime.ShutdownEvent;
import io.smallrye.common.annotation.Identifier;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.apache.kafka.common.record.TimestampType;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;
import vn.party.backbone.kafka.Topics;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

/**
 * The dead-letter topics {@code <topic>.dlq}, shared by every consumer of {@code <topic>}: each letter names
 * the consumer that gave up on it ({@code dead-letter-consumer}), so a replay after a fix hands back to a
 * consumer only its own letters, in-process, and never writes to the producer's topic.
 */
@ApplicationScoped
public class DeadLetters {

    private static final Logger LOG = Logger.getLogger(DeadLetters.class);
    static final String CONSUMER_HEADER = "dead-letter-consumer";

    @Inject
    @Identifier("default-kafka-broker")
    Map<String, Object> kafkaConfig;

    @ConfigProperty(name = "quarkus.application.name")
    String application;

    private volatile KafkaProducer<String, String> producer;

    public record ReplayResult(String deadLetterTopic, String consumer, int replayed) {
    }

    /**
     * Copies a message that can never be processed to {@code <topic>.dlq}, keeping its key and headers
     * and adding why, where it came from and who gave up on it. Waits for the broker's acknowledgement:
     * the caller acknowledges the original only after this returns.
     */
    public void send(ConsumerRecord<String, String> record, String consumer, String reason) {
        ProducerRecord<String, String> dead = new ProducerRecord<>(record.topic() + ".dlq", record.key(), record.value());
        for (Header h : record.headers()) {
            if (!h.key().startsWith("dead-letter-")) {
                dead.headers().add(h);
            }
        }
        dead.headers().add("dead-letter-reason", utf8(reason));
        dead.headers().add("dead-letter-topic", utf8(record.topic()));
        dead.headers().add("dead-letter-partition", utf8(String.valueOf(record.partition())));
        dead.headers().add("dead-letter-offset", utf8(String.valueOf(record.offset())));
        dead.headers().add(CONSUMER_HEADER, utf8(consumerId(consumer)));
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

    /**
     * Hands every letter of {@code sourceTopic}.dlq that this application's {@code consumer} left, and that
     * no earlier replay handed back, to {@code handler} (normally the consumer's own processing, which is
     * idempotent). A letter that fails again is dead-lettered again, after the end this replay stops at.
     */
    public ReplayResult replay(String sourceTopic, String consumer, Consumer<ConsumerRecord<String, String>> handler) {
        String dlq = sourceTopic + ".dlq";
        String me = consumerId(consumer);
        Map<String, Object> props = new HashMap<>(Topics.clientConfig(kafkaConfig));
        props.put(ConsumerConfig.GROUP_ID_CONFIG, application + "-" + consumer + "-dlq-replay");
        props.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        props.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        int replayed = 0;
        try (var kafka = new KafkaConsumer<>(props, new StringDeserializer(), new StringDeserializer())) {
            List<TopicPartition> partitions = kafka.partitionsFor(dlq, Duration.ofSeconds(30)).stream()
                    .map(p -> new TopicPartition(dlq, p.partition())).toList();
            kafka.assign(partitions);
            Map<TopicPartition, Long> end = kafka.endOffsets(partitions);
            Map<TopicPartition, OffsetAndMetadata> committed = kafka.committed(new HashSet<>(partitions));
            for (TopicPartition tp : partitions) {
                OffsetAndMetadata c = committed.get(tp);
                if (c == null) {
                    kafka.seekToBeginning(List.of(tp));
                } else {
                    kafka.seek(tp, c.offset());
                }
            }
            while (partitions.stream().anyMatch(tp -> kafka.position(tp) < end.get(tp))) {
                for (ConsumerRecord<String, String> letter : kafka.poll(Duration.ofSeconds(1))) {
                    TopicPartition tp = new TopicPartition(letter.topic(), letter.partition());
                    if (letter.offset() >= end.get(tp) || !me.equals(header(letter, CONSUMER_HEADER).orElse(null))) {
                        continue;
                    }
                    handler.accept(asOriginal(letter, sourceTopic));
                    replayed++;
                }
                kafka.commitSync();
            }
        }
        LOG.infof("replayed %d letters of %s for %s", replayed, dlq, me);
        return new ReplayResult(dlq, me, replayed);
    }

    /** The letter as its consumer first saw it: original topic, partition and offset, no dead-letter headers. */
    private static ConsumerRecord<String, String> asOriginal(ConsumerRecord<String, String> letter, String sourceTopic) {
        RecordHeaders headers = new RecordHeaders();
        for (Header h : letter.headers()) {
            if (!h.key().startsWith("dead-letter-")) {
                headers.add(h);
            }
        }
        int partition = header(letter, "dead-letter-partition").map(Integer::parseInt).orElse(letter.partition());
        long offset = header(letter, "dead-letter-offset").map(Long::parseLong).orElse(letter.offset());
        return new ConsumerRecord<>(sourceTopic, partition, offset, letter.timestamp(), TimestampType.CREATE_TIME,
                -1, -1, letter.key(), letter.value(), headers, Optional.empty());
    }

    private String consumerId(String consumer) {
        return application + "/" + consumer;
    }

    private static Optional<String> header(ConsumerRecord<String, String> record, String name) {
        Header h = record.headers().lastHeader(name);
        return h == null ? Optional.empty() : Optional.of(new String(h.value(), StandardCharsets.UTF_8));
    }

    private KafkaProducer<String, String> producer() {
        if (producer == null) {
            synchronized (this) {
                if (producer == null) {
                    producer = new KafkaProducer<>(Topics.producerConfig(kafkaConfig, application + "-dead-letters"),
                            new StringSerializer(), new StringSerializer());
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
}
