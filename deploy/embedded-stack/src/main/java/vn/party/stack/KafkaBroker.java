package vn.party.stack;

import kafka.server.KafkaConfig;
import kafka.server.KafkaRaftServer;
import kafka.tools.StorageTool;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.common.Uuid;
import org.apache.kafka.common.utils.Time;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.TimeUnit;

/** One real Kafka broker in KRaft combined mode (broker and controller in one node), on loopback. */
final class KafkaBroker implements AutoCloseable {

    private final KafkaRaftServer server;

    private KafkaBroker(KafkaRaftServer server) {
        this.server = server;
    }

    static KafkaBroker start(Path dir, int port, int controllerPort) throws Exception {
        Files.createDirectories(dir);
        Path propsFile = dir.resolve("server.properties");
        Properties props = serverProperties(dir.resolve("data"), port, controllerPort);
        try (var out = Files.newOutputStream(propsFile)) {
            props.store(out, "written by vn.party.stack.KafkaBroker");
        }
        format(dir, propsFile);
        KafkaRaftServer server = new KafkaRaftServer(KafkaConfig.fromProps(props, false), Time.SYSTEM);
        server.startup();
        awaitReady("127.0.0.1:" + port);
        return new KafkaBroker(server);
    }

    private static Properties serverProperties(Path data, int port, int controllerPort) {
        Properties p = new Properties();
        p.put("process.roles", "broker,controller");
        p.put("node.id", "1");
        p.put("controller.quorum.voters", "1@127.0.0.1:" + controllerPort);
        p.put("listeners", "PLAINTEXT://127.0.0.1:" + port + ",CONTROLLER://127.0.0.1:" + controllerPort);
        p.put("advertised.listeners", "PLAINTEXT://127.0.0.1:" + port);
        p.put("controller.listener.names", "CONTROLLER");
        p.put("inter.broker.listener.name", "PLAINTEXT");
        p.put("listener.security.protocol.map", "PLAINTEXT:PLAINTEXT,CONTROLLER:PLAINTEXT");
        p.put("log.dirs", data.toString());
        p.put("num.partitions", "3");
        p.put("offsets.topic.replication.factor", "1");
        p.put("offsets.topic.num.partitions", "10");
        p.put("transaction.state.log.replication.factor", "1");
        p.put("transaction.state.log.min.isr", "1");
        p.put("share.coordinator.state.topic.replication.factor", "1");
        p.put("share.coordinator.state.topic.min.isr", "1");
        p.put("group.initial.rebalance.delay.ms", "0");
        // Topics are created by the services (Topics.ensure) with the settings they need: no time-based
        // deletion for domain topics. A broker-created topic would get 7-day retention.
        p.put("auto.create.topics.enable", "false");
        return p;
    }

    /** Formats the log directory once; a restart on the same directory keeps the data. */
    private static void format(Path dir, Path propsFile) throws IOException {
        Path clusterIdFile = dir.resolve("cluster.id");
        if (!Files.exists(clusterIdFile)) {
            Files.writeString(clusterIdFile, Uuid.randomUuid().toString());
        }
        String clusterId = Files.readString(clusterIdFile).trim();
        int rc = StorageTool.execute(new String[] {"format", "-t", clusterId, "-c", propsFile.toString(),
                "--ignore-formatted"}, System.out);
        if (rc != 0) {
            throw new IllegalStateException("kafka storage format failed with exit code " + rc);
        }
    }

    private static void awaitReady(String bootstrap) throws Exception {
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap))) {
            admin.describeCluster().nodes().get(60, TimeUnit.SECONDS);
        }
    }

    @Override
    public void close() {
        server.shutdown();
        server.awaitShutdown();
    }

    @Override
    public String toString() {
        return "kafka broker";
    }
}
