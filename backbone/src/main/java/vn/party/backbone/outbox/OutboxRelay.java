package vn.party.backbone.outbox;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.scheduler.Scheduled;
import io.smallrye.common.annotation.Identifier;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.serialization.StringSerializer;
import org.jboss.logging.Logger;
import vn.party.backbone.events.CloudEvent;
import vn.party.backbone.kafka.Topics;

import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Publishes outbox rows to Kafka in commit order and marks them sent. Each pass runs in one transaction
 * holding a PostgreSQL advisory lock, so only one replica relays at a time and an aggregate's events
 * cannot be reordered. A failed send leaves the row unsent for the next pass (at-least-once; consumers
 * deduplicate by event id).
 */
@ApplicationScoped
public class OutboxRelay {

    private static final Logger LOG = Logger.getLogger(OutboxRelay.class);

    @Inject
    OutboxConfig config;

    @Inject
    EntityManager em;

    @Inject
    @Identifier("default-kafka-broker")
    Map<String, Object> kafkaConfig;

    @Inject
    MeterRegistry registry;

    private final AtomicLong backlog = new AtomicLong();
    private volatile KafkaProducer<String, String> producer;
    private volatile boolean topicsReady;

    void registerMetrics(@Observes io.quarkus.runtime.StartupEvent start) {
        config.topic().ifPresent(topic -> Gauge.builder("outbox.backlog", backlog, AtomicLong::get)
                .description("Events committed but not yet published to Kafka")
                .tag("topic", topic)
                .register(registry));
    }

    private final ExecutorService nudges = Executors.newSingleThreadExecutor(r -> new Thread(r, "outbox-relay-nudge"));
    private final AtomicBoolean nudgePending = new AtomicBoolean();

    /**
     * Called after a commit that wrote outbox rows, so events leave within milliseconds instead of at the
     * next scheduled pass. Nudges coalesce: many commits during one pass cause one more pass.
     */
    public void nudge() {
        if (nudgePending.compareAndSet(false, true)) {
            nudges.execute(() -> {
                nudgePending.set(false);
                relaySafely();
            });
        }
    }

    /** The safety net: rows whose nudge was lost (crash, Kafka down) go out on the next pass. */
    @Scheduled(every = "${backbone.outbox.relay-interval:1s}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP,
            identity = "outbox-relay")
    void relayScheduled() {
        relaySafely();
    }

    private void relaySafely() {
        if (config.topic().isEmpty()) {
            return;
        }
        try {
            relayAll();
        } catch (RuntimeException e) {
            LOG.warnf("outbox relay pass failed, will retry: %s", e.toString());
        } finally {
            lastPassEnded.set(System.nanoTime());
        }
    }

    /** When the last pass ended, failed or not: the relay's heartbeat, read by {@link OutboxRelayLiveness}. */
    private final AtomicLong lastPassEnded = new AtomicLong(System.nanoTime());

    /** How long ago the last relay pass ended (a pass stuck or a scheduler that stopped makes this grow). */
    java.time.Duration sinceLastPass() {
        return java.time.Duration.ofNanos(System.nanoTime() - lastPassEnded.get());
    }

    boolean relays() {
        return config.topic().isPresent();
    }

    /** Relays until nothing is left; returns how many events were sent. */
    public int relayAll() {
        ensureTopics();
        int total = 0;
        int sent;
        do {
            sent = QuarkusTransaction.requiringNew().call(this::relayOneBatch);
            total += sent;
        } while (sent == config.batchSize());
        return total;
    }

    int relayOneBatch() {
        Boolean locked = (Boolean) em.createNativeQuery("select pg_try_advisory_xact_lock(hashtext('outbox-relay:' || ?1))")
                .setParameter(1, config.topic().orElseThrow()).getSingleResult();
        if (!Boolean.TRUE.equals(locked)) {
            return 0; // another replica is relaying
        }
        // Marking rows sent need not wait for the disk: a mark lost in a crash only sends those events again,
        // which consumers already deduplicate (at-least-once). It saves the relay a flush per pass.
        em.createNativeQuery("set local synchronous_commit = off").executeUpdate();
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("""
                        select seq, topic, event_key, cast(payload as text), traceparent from outbox_event
                        where sent_at is null order by seq limit ?1""")
                .setParameter(1, config.batchSize()).getResultList();
        if (rows.isEmpty()) {
            backlog.set(0);
            return 0;
        }
        List<Future<RecordMetadata>> acks = new ArrayList<>(rows.size());
        // Sends wait at most for the producer's short timeouts (Topics.producerConfig), so a Kafka outage
        // holds this transaction for seconds, not minutes.
        for (Object[] row : rows) {
            ProducerRecord<String, String> record = new ProducerRecord<>((String) row[1], (String) row[2], (String) row[3]);
            record.headers().add("content-type", CloudEvent.CONTENT_TYPE.getBytes(StandardCharsets.UTF_8));
            if (row[4] != null) {
                record.headers().add("traceparent", ((String) row[4]).getBytes(StandardCharsets.UTF_8));
            }
            acks.add(producer().send(record));
        }
        List<Long> sentSeqs = new ArrayList<>(rows.size());
        for (int i = 0; i < rows.size(); i++) {
            try {
                acks.get(i).get(30, TimeUnit.SECONDS);
                sentSeqs.add(((Number) rows.get(i)[0]).longValue());
            } catch (Exception e) {
                LOG.warnf("publishing outbox row %s failed, it stays for the next pass: %s", rows.get(i)[0], e.toString());
                break; // keep commit order: nothing after a failure is marked sent
            }
        }
        if (!sentSeqs.isEmpty()) {
            em.createNativeQuery("update outbox_event set sent_at = ?1 where seq in (?2)")
                    .setParameter(1, OffsetDateTime.now(ZoneOffset.UTC))
                    .setParameter(2, sentSeqs)
                    .executeUpdate();
        }
        // a batch that was not full left nothing behind but what committed since: count only after a full one
        backlog.set(rows.size() < config.batchSize() ? 0 : ((Number) em.createNativeQuery(
                "select count(*) from outbox_event where sent_at is null").getSingleResult()).longValue());
        return sentSeqs.size();
    }

    @Scheduled(every = "1h", delayed = "1m", identity = "outbox-prune")
    void prune() {
        if (config.topic().isEmpty()) {
            return;
        }
        OffsetDateTime cutoff = OffsetDateTime.now(ZoneOffset.UTC).minus(config.retention());
        int removed = QuarkusTransaction.requiringNew().call(() -> em
                .createNativeQuery("delete from outbox_event where sent_at is not null and sent_at < ?1")
                .setParameter(1, cutoff).executeUpdate());
        if (removed > 0) {
            LOG.infof("pruned %d sent outbox rows older than %s", removed, config.retention());
        }
    }

    private void ensureTopics() {
        if (!topicsReady) {
            String topic = config.topic().orElseThrow();
            Topics.ensure(kafkaConfig, config.partitions(), config.replicationFactor(), topic, topic + ".dlq");
            topicsReady = true;
        }
    }

    private KafkaProducer<String, String> producer() {
        if (producer == null) {
            synchronized (this) {
                if (producer == null) {
                    Map<String, Object> props = Topics.producerConfig(kafkaConfig, config.source().replace("/", "") + "-outbox-relay");
                    props.put(ProducerConfig.LINGER_MS_CONFIG, 5);
                    producer = new KafkaProducer<>(props, new StringSerializer(), new StringSerializer());
                }
            }
        }
        return producer;
    }

    void close(@Observes ShutdownEvent shutdown) {
        nudges.shutdownNow();
        if (producer != null) {
            producer.close(java.time.Duration.ofSeconds(5));
        }
    }
}
