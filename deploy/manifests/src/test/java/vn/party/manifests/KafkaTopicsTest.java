package vn.party.manifests;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.FieldSource;
import vn.party.contracts.EventCatalog;
import vn.party.contracts.EventType;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.party.manifests.Repo.at;
import static vn.party.manifests.Repo.list;

class KafkaTopicsTest {

    static final List<String> OVERLAYS = Kustomize.OVERLAYS;

    /** Domain topics: one per producing service in the event catalog, and every topic a service names. */
    static Set<String> domainTopics() {
        Set<String> topics = new TreeSet<>();
        for (var type : EventCatalog.ALL) {
            String name = type.getAnnotation(EventType.class).value();
            topics.add(name.substring(0, name.indexOf('.')) + ".events");
        }
        for (String s : Repo.services()) {
            topics.addAll(Repo.consumedTopics(s));
            if (Repo.publishedTopic(s) != null) {
                topics.add(Repo.publishedTopic(s));
            }
        }
        return topics;
    }

    static Set<String> usedTopics() {
        Set<String> all = new TreeSet<>(domainTopics());
        domainTopics().forEach(t -> all.add(t + ".dlq"));
        return all;
    }

    static Map<String, Map<String, Object>> topics(Kustomize.Rendered r) {
        Map<String, Map<String, Object>> byTopic = new LinkedHashMap<>();
        for (Map<String, Object> t : Repo.ofKind(r.documents(), "KafkaTopic")) {
            String name = at(t, "spec.topicName");
            byTopic.put(name != null ? name : Repo.name(t), t);
        }
        return byTopic;
    }

    static Map<String, Integer> partitions(Kustomize.Rendered r) {
        Map<String, Integer> p = new HashMap<>();
        topics(r).forEach((name, t) -> p.put(name, at(t, "spec.partitions")));
        return p;
    }

    @Test
    void theTopicsInUseAreTheThreeDomainTopicsAndTheirDeadLetters() {
        assertThat(domainTopics()).contains("membership.events", "inspection.events", "cadre.events");
        assertThat(usedTopics()).hasSize(2 * domainTopics().size());
    }

    @ParameterizedTest
    @FieldSource("OVERLAYS")
    void everyTopicAServiceUsesIsAKafkaTopicReplicatedThreeTimesWithTwoInSync(String overlay) {
        Map<String, Map<String, Object>> topics = topics(Kustomize.render(overlay));
        assertThat(topics.keySet()).as("KafkaTopics of %s: exactly the topics in use", overlay).containsExactlyInAnyOrderElementsOf(usedTopics());
        topics.forEach((name, t) -> {
            assertThat((Integer) at(t, "spec.replicas")).as("replicas of %s", name).isEqualTo(3);
            assertThat(String.valueOf(Repo.<Map<String, Object>>at(t, "spec.config").get("min.insync.replicas")))
                    .as("min.insync.replicas of %s", name).isEqualTo("2");
            assertThat((Integer) at(t, "spec.partitions")).as("partitions of %s", name).isGreaterThanOrEqualTo(3);
            assertThat(Repo.<Map<String, Object>>at(t, "metadata.labels")).containsEntry("strimzi.io/cluster", "party");
        });
    }

    @ParameterizedTest
    @FieldSource("OVERLAYS")
    void domainTopicsAndDeadLettersAreNeverDeletedByTimeOrSize(String overlay) {
        Map<String, Map<String, Object>> topics = topics(Kustomize.render(overlay));
        assertThat(topics).isNotEmpty();
        topics.forEach((name, t) -> {
            Map<String, Object> config = at(t, "spec.config");
            assertThat(String.valueOf(config.get("retention.ms"))).as("retention.ms of %s", name).isEqualTo("-1");
            assertThat(String.valueOf(config.get("retention.bytes"))).as("retention.bytes of %s", name).isEqualTo("-1");
            assertThat(String.valueOf(config.getOrDefault("cleanup.policy", "delete"))).as("cleanup.policy of %s", name).isEqualTo("delete");
        });
    }

    @ParameterizedTest
    @FieldSource("OVERLAYS")
    void kafkaRunsThreeKraftBrokersThatRefuseUnderReplicatedWrites(String overlay) {
        Kustomize.Rendered r = Kustomize.render(overlay);
        List<Map<String, Object>> kafkas = Repo.ofKind(r.documents(), "Kafka");
        assertThat(kafkas).hasSize(1);
        Map<String, Object> kafka = kafkas.get(0);
        assertThat(Repo.<Map<String, Object>>at(kafka, "metadata.annotations"))
                .containsEntry("strimzi.io/kraft", "enabled").containsEntry("strimzi.io/node-pools", "enabled");
        Map<String, Object> config = at(kafka, "spec.kafka.config");
        assertThat(String.valueOf(config.get("default.replication.factor"))).isEqualTo("3");
        assertThat(String.valueOf(config.get("min.insync.replicas"))).isEqualTo("2");
        assertThat(String.valueOf(config.get("auto.create.topics.enable"))).isEqualTo("false");
        assertThat(String.valueOf(config.get("unclean.leader.election.enable"))).isEqualTo("false");

        int brokers = 0;
        int controllers = 0;
        for (Map<String, Object> pool : Repo.ofKind(r.documents(), "KafkaNodePool")) {
            assertThat(Repo.<Map<String, Object>>at(pool, "metadata.labels")).containsEntry("strimzi.io/cluster", Repo.name(kafka));
            List<?> roles = at(pool, "spec.roles");
            int replicas = at(pool, "spec.replicas");
            if (roles.contains("broker")) {
                brokers += replicas;
            }
            if (roles.contains("controller")) {
                controllers += replicas;
            }
        }
        assertThat(brokers).isGreaterThanOrEqualTo(3);
        assertThat(controllers).isOdd().isGreaterThanOrEqualTo(3);
    }

    @ParameterizedTest
    @FieldSource("OVERLAYS")
    void everyServicesKafkaUserMayWriteWhatItPublishesAndReadWhatItConsumes(String overlay) {
        Map<String, Map<String, Object>> users = Repo.byName(Kustomize.render(overlay).documents(), "KafkaUser");
        int checked = 0;
        for (String s : Repo.services()) {
            Map<String, Object> user = users.get(Repo.applicationName(s));
            assertThat(user).as("KafkaUser %s", Repo.applicationName(s)).isNotNull();
            Map<String, Set<String>> allowed = new HashMap<>();
            String groupPrefix = null;
            for (Map<String, Object> acl : list(user, "spec.authorization.acls")) {
                String type = at(acl, "resource.type");
                List<String> ops = at(acl, "operations");
                if ("topic".equals(type)) {
                    allowed.computeIfAbsent(at(acl, "resource.name"), k -> new TreeSet<>()).addAll(ops);
                } else if ("group".equals(type) && ops.contains("Read")) {
                    groupPrefix = at(acl, "resource.name");
                }
            }
            if (Repo.publishedTopic(s) != null) {
                assertThat(allowed.get(Repo.publishedTopic(s))).as("%s writes %s", s, Repo.publishedTopic(s)).contains("Write", "Describe");
                assertThat(allowed.get(Repo.publishedTopic(s) + ".dlq")).as("%s sees its dead-letter topic", s).contains("Describe");
                checked++;
            }
            for (String topic : Repo.consumedTopics(s)) {
                assertThat(allowed.get(topic)).as("%s reads %s", s, topic).contains("Read", "Describe");
                assertThat(allowed.get(topic + ".dlq")).as("%s dead-letters and replays %s.dlq", s, topic).contains("Read", "Write");
                checked++;
            }
            assertThat(groupPrefix).as("consumer groups of %s", s).isEqualTo(Repo.applicationName(s));
        }
        assertThat(checked).isGreaterThan(Repo.services().size());
    }
}
