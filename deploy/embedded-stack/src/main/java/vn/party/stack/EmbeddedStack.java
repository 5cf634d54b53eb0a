package vn.party.stack;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.CountDownLatch;

/**
 * Starts a real PostgreSQL (zonky embedded binaries) and/or a real Kafka broker (KRaft, combined
 * broker+controller) in this JVM, writes their addresses to a properties file once both accept
 * connections, and runs until it is killed or, with {@code --exit-on-stdin-eof}, until the process that
 * started it goes away.
 *
 * <pre>
 * java -cp ... vn.party.stack.EmbeddedStack all --dir DIR [--pg-port 5433] [--kafka-port 9092]
 *      [--controller-port 9093] [--durable] [--databases a,b,c] [--ready-file FILE] [--exit-on-stdin-eof]
 * </pre>
 * {@code postgres} or {@code kafka} instead of {@code all} starts just one part. Data lives under DIR and
 * survives a restart with the same DIR.
 */
public final class EmbeddedStack {

    public static void main(String[] args) throws Exception {
        Options options = Options.parse(args);
        Map<String, String> ready = new LinkedHashMap<>();
        List<AutoCloseable> parts = new ArrayList<>();
        Runtime.getRuntime().addShutdownHook(new Thread(() -> closeAll(parts), "embedded-stack-shutdown"));

        if (options.startPostgres()) {
            EmbeddedPostgres pg = startPostgres(options);
            parts.add(pg);
            createDatabases(pg, options.databases);
            ready.put("postgres.jdbc-url", "jdbc:postgresql://127.0.0.1:" + pg.getPort() + "/postgres");
            ready.put("postgres.port", String.valueOf(pg.getPort()));
            ready.put("postgres.user", "postgres");
        }
        if (options.startKafka()) {
            KafkaBroker broker = KafkaBroker.start(options.dir.resolve("kafka"), options.kafkaPort, options.controllerPort);
            parts.add(broker);
            ready.put("kafka.bootstrap", "127.0.0.1:" + options.kafkaPort);
        }
        ready.put("pid", String.valueOf(ProcessHandle.current().pid()));
        writeReadyFile(options.readyFile, ready);
        System.out.println("READY " + ready);

        if (options.exitOnStdinEof) {
            waitForStdinEof();
            System.exit(0); // the shutdown hook stops PostgreSQL and the broker
        }
        new CountDownLatch(1).await();
    }

    private static EmbeddedPostgres startPostgres(Options options) throws IOException {
        Path data = options.dir.resolve("postgres");
        Files.createDirectories(data);
        EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder()
                .setPort(options.pgPort)
                .setDataDirectory(data)
                .setCleanDataDirectory(false)
                .setPGStartupWait(Duration.ofSeconds(60))
                .setServerConfig("listen_addresses", "127.0.0.1")
                .setServerConfig("max_connections", "300")
                .setServerConfig("timezone", "UTC")
                .setServerConfig("log_min_messages", "warning");
        if (options.durable) {
            // party records: the running stack never trades durability for speed (zonky's defaults do)
            builder.setServerConfig("fsync", "on")
                    .setServerConfig("synchronous_commit", "on")
                    .setServerConfig("full_page_writes", "on");
        }
        return builder.start();
    }

    /** Creates each service's database once; a restart on the same data keeps them. */
    private static void createDatabases(EmbeddedPostgres pg, List<String> databases) throws java.sql.SQLException {
        try (java.sql.Connection c = pg.getPostgresDatabase().getConnection()) {
            for (String db : databases) {
                if (!db.matches("[a-z][a-z0-9_]*")) {
                    throw new IllegalArgumentException("database names are lower-case letters, digits and _: " + db);
                }
                try (var exists = c.prepareStatement("select 1 from pg_database where datname = ?")) {
                    exists.setString(1, db);
                    if (!exists.executeQuery().next()) {
                        c.createStatement().execute("create database " + db);
                    }
                }
            }
        }
    }

    private static void writeReadyFile(Path file, Map<String, String> values) throws IOException {
        if (file == null) {
            return;
        }
        Properties props = new Properties();
        props.putAll(values);
        Path tmp = file.resolveSibling(file.getFileName() + ".tmp");
        Files.createDirectories(file.toAbsolutePath().getParent());
        try (var out = Files.newOutputStream(tmp)) {
            props.store(out, "embedded stack addresses");
        }
        Files.move(tmp, file, java.nio.file.StandardCopyOption.REPLACE_EXISTING,
                java.nio.file.StandardCopyOption.ATOMIC_MOVE);
    }

    private static void waitForStdinEof() {
        try (InputStream in = System.in) {
            byte[] buffer = new byte[256];
            while (in.read(buffer) >= 0) {
                // the parent never writes; it only holds the pipe open while it lives
            }
        } catch (IOException e) {
            // a broken pipe means the parent is gone, which is what we wait for
        }
    }

    private static void closeAll(List<AutoCloseable> parts) {
        for (int i = parts.size() - 1; i >= 0; i--) {
            try {
                parts.get(i).close();
            } catch (Exception e) {
                System.err.println("embedded stack: stopping " + parts.get(i) + " failed: " + e);
            }
        }
    }

    /** Command-line options; every port has a default so that a bare {@code all --dir D} works. */
    record Options(String what, Path dir, int pgPort, int kafkaPort, int controllerPort, boolean durable,
                   Path readyFile, boolean exitOnStdinEof, List<String> databases) {

        boolean startPostgres() {
            return what.equals("all") || what.equals("postgres");
        }

        boolean startKafka() {
            return what.equals("all") || what.equals("kafka");
        }

        static Options parse(String[] args) {
            if (args.length == 0 || !List.of("all", "postgres", "kafka").contains(args[0])) {
                usage("first argument must be all, postgres or kafka");
            }
            Path dir = null;
            Path readyFile = null;
            int pgPort = 5433;
            int kafkaPort = 9092;
            int controllerPort = 9093;
            boolean durable = false;
            boolean exitOnEof = false;
            List<String> databases = List.of();
            for (int i = 1; i < args.length; i++) {
                switch (args[i]) {
                    case "--dir" -> dir = Path.of(args[++i]);
                    case "--pg-port" -> pgPort = Integer.parseInt(args[++i]);
                    case "--kafka-port" -> kafkaPort = Integer.parseInt(args[++i]);
                    case "--controller-port" -> controllerPort = Integer.parseInt(args[++i]);
                    case "--durable" -> durable = true;
                    case "--ready-file" -> readyFile = Path.of(args[++i]);
                    case "--exit-on-stdin-eof" -> exitOnEof = true;
                    case "--databases" -> databases = List.of(args[++i].split(","));
                    default -> usage("unknown option " + args[i]);
                }
            }
            if (dir == null) {
                usage("--dir is required");
            }
            return new Options(args[0], dir, pgPort, kafkaPort, controllerPort, durable, readyFile, exitOnEof, databases);
        }

        private static void usage(String problem) {
            PrintStream err = System.err;
            err.println("embedded stack: " + problem);
            err.println("usage: EmbeddedStack all|postgres|kafka --dir DIR [--pg-port P] [--kafka-port P]"
                    + " [--controller-port P] [--durable] [--databases a,b] [--ready-file FILE] [--exit-on-stdin-eof]");
            System.exit(2);
        }
    }

    private EmbeddedStack() {
    }
}
