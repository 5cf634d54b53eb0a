package vn.party.bench;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What every membership benchmark starts from: an embedded PostgreSQL with a {@code membership} database, a Kafka
 * broker, and the schema from the service's own Flyway migrations (the fast-jar started once and stopped, so the
 * benchmark can load its data by SQL before the service it times is started with {@link #service()}).
 */
final class BenchStack implements AutoCloseable {

    /** Durable as in production: the write benchmarks compare against PostgreSQL's own ceiling with these on. */
    static final Map<String, String> DURABLE = Map.of("fsync", "on", "synchronous_commit", "on");

    final Path jar;
    final Path work;
    final EmbeddedPostgres pg;
    final String jdbc;
    final String kafka;

    private BenchStack(Path jar, Path work, EmbeddedPostgres pg, String jdbc, String kafka) {
        this.jar = jar;
        this.work = work;
        this.pg = pg;
        this.jdbc = jdbc;
        this.kafka = kafka;
    }

    /** The stack in {@code work}, with {@code serverConfig} over the common settings (256 MB buffers, 2 GB of WAL). */
    static BenchStack start(Path work, Map<String, String> serverConfig) throws Exception {
        Path jar = Path.of(System.getProperty("bench.service.jar", "membership-service/target/quarkus-app/quarkus-run.jar"));
        if (!Files.isRegularFile(jar)) {
            throw new IllegalStateException(jar + " is missing: build membership-service first");
        }
        Map<String, String> config = new LinkedHashMap<>(Map.of("shared_buffers", "256MB", "max_wal_size", "2GB"));
        config.putAll(serverConfig);
        EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder().setDataDirectory(work.resolve("pg")).setCleanDataDirectory(true);
        config.forEach(builder::setServerConfig);
        EmbeddedPostgres pg = builder.start();
        try {
            try (Connection c = pg.getPostgresDatabase().getConnection(); Statement s = c.createStatement()) {
                s.execute("create database membership");
            }
            String jdbc = "jdbc:postgresql://127.0.0.1:" + pg.getPort() + "/membership";
            BenchStack stack = new BenchStack(jar, work, pg, jdbc, SubtreeQueriesBenchmark.Kafka.start(work));
            // the schema: the service migrates at start-up
            stack.service().stop();
            return stack;
        } catch (Exception e) {
            pg.close();
            throw e;
        }
    }

    /** The membership-service fast-jar on this stack, up and live. */
    SubtreeQueriesBenchmark.Service service() throws Exception {
        return SubtreeQueriesBenchmark.Service.start(jar, jdbc, kafka, work);
    }

    Connection connect() throws SQLException {
        return DriverManager.getConnection(jdbc, "postgres", "postgres");
    }

    @Override
    public void close() throws Exception {
        pg.close();
    }
}
