package vn.party.reporting.rebuild;

import com.fasterxml.jackson.databind.DeserializationFeature;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.smallrye.common.annotation.Identifier;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.jboss.logging.Logger;
import vn.party.backbone.events.CloudEvent;
import vn.party.backbone.inbox.IncomingEvent;
import vn.party.backbone.kafka.Topics;
import vn.party.backbone.scope.SystemAccess;
import vn.party.contracts.DomainEvent;
import vn.party.contracts.EventCatalog;
import vn.party.contracts.EventJson;
import vn.party.contracts.EventSchemas;
import vn.party.orgreplica.MembershipEventListener;
import vn.party.reporting.activity.ActivityProjection;
import vn.party.reporting.baseorg.CellKindProjection;
import vn.party.reporting.cadre.CadreProjection;
import vn.party.reporting.inspection.InspectionProjection;
import vn.party.reporting.flows.FlowProjection;
import vn.party.reporting.freshness.FreshnessProjection;
import vn.party.reporting.grading.GradingProjection;
import vn.party.reporting.members.MemberStockProjection;
import vn.party.reporting.tree.UnitTreeProjection;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The work of a {@link Rebuild}: rebuilds every read model of membership.events, inspection.events and cadre.events:
 * replays the topics from their first offsets into fresh tables
 * in the schema {@code report_rebuild} (the projections run unchanged, with that schema first on the search
 * path), then swaps them in. The swap holds a lock on the processed-event table, which stops the live
 * consumer between two events, catches up to the topic's end and moves the tables in one transaction, so
 * readers see the old figures or the new ones, never a gap. The events the rebuild applied are marked processed
 * for the live consumers in the same transaction, so those a live consumer takes after the swap are duplicates to it
 * (facts are kept by event id anyway, but the freshness counts would take such an event twice).
 */
@ApplicationScoped
@SystemAccess("replays membership.events into fresh read models of every unit; started by a province admin")
public class RebuildWork {

    private static final Logger LOG = Logger.getLogger(RebuildWork.class);
    static final String TOPIC = "membership.events";
    /** Every topic the read models are built from. */
    static final List<String> TOPICS = List.of(TOPIC, InspectionProjection.TOPIC, CadreProjection.TOPIC);
    static final String SCHEMA = "report_rebuild";
    static final String OLD = "report_replaced";
    /** The read models of membership.events, swapped together. */
    static final List<String> TABLES = List.of("report_unit_fact", "report_unit_version", "report_progress",
            "report_member_fact", "report_member_period", "report_admission", "report_transfer", "report_exit",
            "report_admission_target", "report_meeting", "report_dues", "report_meeting_month", "report_dues_unit_month",
            "report_member_grade", "report_org_grade",
            "report_case", "report_follow_up_overdue", "report_denunciation", "report_discipline", "report_appeal",
            "report_suspension", "report_holding", "report_plan_entry", "report_training", "report_appointment",
            "report_cadre_profile_sync", "report_accountability", "report_cell_kind");
    private static final int BATCH = 500;
    /**
     * The live consumer of each topic, by its name in the processed-event table. The rebuild records each event it
     * applies under that name and hands the records to the live consumers at the swap: an event the rebuild applied
     * and a live consumer had not yet taken (it waited on the lock, or lagged) is then a duplicate to it, not applied
     * and counted a second time in the freshness of the new tables.
     */
    static final Map<String, String> LIVE_CONSUMERS = Map.of(TOPIC, "membership-events",
            InspectionProjection.TOPIC, "inspection-events", CadreProjection.TOPIC, "cadre-events");

    @Inject
    EntityManager em;

    @Inject
    @Identifier("default-kafka-broker")
    Map<String, Object> kafkaConfig;

    @Inject
    UnitTreeProjection tree;

    @Inject
    MemberStockProjection stock;

    @Inject
    FlowProjection flows;

    @Inject
    ActivityProjection activity;

    @Inject
    GradingProjection grading;

    @Inject
    CellKindProjection cellKinds;

    @Inject
    FreshnessProjection freshness;

    @Inject
    InspectionProjection inspection;

    @Inject
    CadreProjection cadre;

    /** Replays and swaps; counts[0] the events applied, counts[1] those skipped as unreadable. */
    void run(long[] counts) {
        try {
            QuarkusTransaction.requiringNew().run(this::createFreshTables);
            try (KafkaConsumer<String, String> consumer = consumer()) {
                List<TopicPartition> partitions = new ArrayList<>();
                for (String topic : TOPICS) {
                    consumer.partitionsFor(topic).forEach(p -> partitions.add(new TopicPartition(topic, p.partition())));
                }
                consumer.assign(partitions);
                consumer.seekToBeginning(partitions);
                // first pass, while the live consumer goes on: up to the end as it stands now
                replay(consumer, consumer.endOffsets(partitions), counts, false);
                QuarkusTransaction.requiringNew().timeout(600).run(() -> {
                    // the live consumer records an event here first: holding this lock, no live event is half-applied
                    em.createNativeQuery("lock table public.processed_event in share row exclusive mode").executeUpdate();
                    replay(consumer, consumer.endOffsets(partitions), counts, true);
                    swap();
                });
            }
        } catch (RuntimeException e) {
            try {
                QuarkusTransaction.requiringNew().run(() ->
                        em.createNativeQuery("drop schema if exists " + SCHEMA + " cascade").executeUpdate());
            } catch (RuntimeException cleanup) {
                LOG.warnf("cannot drop %s: %s", SCHEMA, cleanup.getMessage());
            }
            throw e;
        }
    }

    private void createFreshTables() {
        em.createNativeQuery("drop schema if exists " + SCHEMA + " cascade").executeUpdate();
        em.createNativeQuery("create schema " + SCHEMA).executeUpdate();
        for (String table : TABLES) {
            em.createNativeQuery("create table " + SCHEMA + "." + table + " (like public." + table + " including all)")
                    .executeUpdate();
        }
        em.createNativeQuery("create table " + SCHEMA + ".processed_event (like public.processed_event including all)")
                .executeUpdate();
    }

    /** Reads up to {@code end} and applies each event to the fresh tables (in batches unless {@code inCurrent}). */
    private void replay(KafkaConsumer<String, String> consumer, Map<TopicPartition, Long> end, long[] counts,
                        boolean inCurrent) {
        while (!reached(consumer, end)) {
            List<ConsumerRecord<String, String>> batch = new ArrayList<>();
            for (ConsumerRecord<String, String> r : consumer.poll(Duration.ofMillis(500))) {
                if (r.offset() < end.getOrDefault(new TopicPartition(r.topic(), r.partition()), 0L)) {
                    batch.add(r);
                }
            }
            for (int i = 0; i < batch.size(); i += BATCH) {
                List<ConsumerRecord<String, String>> part = batch.subList(i, Math.min(batch.size(), i + BATCH));
                if (inCurrent) {
                    apply(part, counts);
                } else {
                    QuarkusTransaction.requiringNew().run(() -> apply(part, counts));
                }
            }
        }
    }

    private static boolean reached(KafkaConsumer<String, String> consumer, Map<TopicPartition, Long> end) {
        for (Map.Entry<TopicPartition, Long> e : end.entrySet()) {
            if (consumer.position(e.getKey()) < e.getValue()) {
                return false;
            }
        }
        return true;
    }

    private void apply(List<ConsumerRecord<String, String>> records, long[] counts) {
        em.createNativeQuery("set local search_path to " + SCHEMA + ", public").executeUpdate();
        try {
            for (ConsumerRecord<String, String> r : records) {
                IncomingEvent event = read(r);
                if (event == null) {
                    counts[1]++;
                    continue;
                }
                int first = em.createNativeQuery("""
                                insert into processed_event (consumer, event_id, processed_at) values (:consumer, :id, now())
                                on conflict do nothing""")
                        .setParameter("consumer", LIVE_CONSUMERS.get(r.topic())).setParameter("id", event.id()).executeUpdate();
                if (first == 1) {
                    if (TOPIC.equals(r.topic())) {
                        for (MembershipEventListener projection : List.of(tree, stock, flows, activity, grading, cellKinds, freshness)) {
                            projection.on(event);
                        }
                    } else if (InspectionProjection.TOPIC.equals(r.topic())) {
                        inspection.on(event);
                    } else {
                        cadre.on(event);
                    }
                    counts[0]++;
                }
            }
        } finally {
            em.createNativeQuery("set local search_path to public").executeUpdate();
        }
    }

    private void swap() {
        em.createNativeQuery("insert into public.processed_event (consumer, event_id, processed_at) "
                + "select consumer, event_id, processed_at from " + SCHEMA + ".processed_event on conflict do nothing").executeUpdate();
        em.createNativeQuery("drop schema if exists " + OLD + " cascade").executeUpdate();
        em.createNativeQuery("create schema " + OLD).executeUpdate();
        em.createNativeQuery("drop view public.report_tree").executeUpdate();
        for (String table : TABLES) {
            em.createNativeQuery("alter table public." + table + " set schema " + OLD).executeUpdate();
            em.createNativeQuery("alter table " + SCHEMA + "." + table + " set schema public").executeUpdate();
        }
        // the view as V1__report_tree.sql made it, over the new versions
        em.createNativeQuery("""
                create view public.report_tree as
                select code, name, kind, organisation_type, parent_code, path, valid_from, valid_to,
                       daterange(valid_from, valid_to, '[)') as days
                from public.report_unit_version""").executeUpdate();
        em.createNativeQuery("drop schema " + OLD + " cascade").executeUpdate();
        em.createNativeQuery("drop schema " + SCHEMA + " cascade").executeUpdate();
    }

    /** The CloudEvent of a record, checked against its schema; null for what the live consumer dead-letters or skips. */
    static IncomingEvent read(ConsumerRecord<String, String> record) {
        if (record.value() == null) {
            return null;
        }
        try {
            CloudEvent envelope = EventJson.mapper().readerFor(CloudEvent.class)
                    .without(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES).readValue(record.value());
            if (envelope.id() == null || envelope.type() == null || envelope.data() == null) {
                return null;
            }
            UUID.fromString(envelope.id());
            var type = EventCatalog.byType(envelope.type());
            if (type.isEmpty() || !EventSchemas.validate(EventCatalog.typeOf(type.get()).schema(), envelope.data()).isEmpty()) {
                return null;
            }
            DomainEvent data = EventJson.mapper().treeToValue(envelope.data(), type.get());
            return new IncomingEvent(envelope, data, null);
        } catch (Exception e) {
            return null;
        }
    }

    private KafkaConsumer<String, String> consumer() {
        Map<String, Object> props = new HashMap<>(Topics.clientConfig(kafkaConfig));
        props.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName());
        props.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName());
        props.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        props.put(ConsumerConfig.MAX_POLL_RECORDS_CONFIG, 2000);
        props.remove(ConsumerConfig.GROUP_ID_CONFIG);
        return new KafkaConsumer<>(props);
    }
}
