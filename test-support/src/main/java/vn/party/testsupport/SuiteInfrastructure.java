package vn.party.testsupport;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.Map;
import java.util.Properties;

/**
 * Gives a @QuarkusTest a real PostgreSQL database and a real Kafka broker. {@code deploy/suite test}
 * starts one of each for the whole run and passes their addresses as the system properties
 * {@code suite.pg.url} and {@code suite.kafka.bootstrap}; when they are absent (a module tested alone),
 * the first test class starts an embedded stack for this JVM. Addresses live in system properties, not
 * static fields, because Quarkus loads this class again for each test class with other resources.
 *
 * <p>Init arg {@code database}: the service's database name; created when missing.
 * Also configures quarkus-oidc to trust {@link TestTokens}.
 */
public class SuiteInfrastructure implements QuarkusTestResourceLifecycleManager {

    public static final String PG_URL = "suite.pg.url";
    public static final String KAFKA_BOOTSTRAP = "suite.kafka.bootstrap";
    static final String PG_USER = "postgres";

    private String database = "test";

    @Override
    public void init(Map<String, String> initArgs) {
        database = initArgs.getOrDefault("database", database);
    }

    @Override
    public Map<String, String> start() {
        ensureStack();
        String serverUrl = System.getProperty(PG_URL);
        createDatabaseIfMissing(serverUrl, database);
        Map<String, String> config = new HashMap<>();
        config.put("quarkus.datasource.jdbc.url", databaseUrl(serverUrl, database));
        config.put("quarkus.datasource.username", PG_USER);
        config.put("quarkus.datasource.password", PG_USER);
        config.put("kafka.bootstrap.servers", System.getProperty(KAFKA_BOOTSTRAP));
        config.putAll(TestTokens.oidcConfig());
        return config;
    }

    @Override
    public void stop() {
        // the stack outlives test classes; it stops with the JVM (or with deploy/suite test)
    }

    /** JDBC URL of the service's test database, for tests that look into the database directly. */
    public static String jdbcUrl(String database) {
        ensureStack();
        return databaseUrl(System.getProperty(PG_URL), database);
    }

    public static String kafkaBootstrap() {
        ensureStack();
        return System.getProperty(KAFKA_BOOTSTRAP);
    }

    public static Connection adminConnection() throws SQLException {
        ensureStack();
        return DriverManager.getConnection(System.getProperty(PG_URL), PG_USER, PG_USER);
    }

    static synchronized void ensureStack() {
        if (isSet(PG_URL) && isSet(KAFKA_BOOTSTRAP)) {
            return;
        }
        Properties stack = EmbeddedStackProcess.start();
        System.setProperty(PG_URL, stack.getProperty("postgres.jdbc-url"));
        System.setProperty(KAFKA_BOOTSTRAP, stack.getProperty("kafka.bootstrap"));
    }

    private static boolean isSet(String property) {
        String value = System.getProperty(property);
        return value != null && !value.isBlank() && !value.startsWith("${");
    }

    /** Replaces the database of a server URL such as {@code jdbc:postgresql://127.0.0.1:5433/postgres}. */
    static String databaseUrl(String serverUrl, String database) {
        int slash = serverUrl.lastIndexOf('/');
        int query = serverUrl.indexOf('?', slash);
        return serverUrl.substring(0, slash + 1) + database + (query < 0 ? "" : serverUrl.substring(query));
    }

    private static void createDatabaseIfMissing(String serverUrl, String database) {
        if (!database.matches("[a-z][a-z0-9_]*")) {
            throw new IllegalArgumentException("database name must be lower-case letters, digits and _: " + database);
        }
        try (Connection c = DriverManager.getConnection(serverUrl, PG_USER, PG_USER);
             var exists = c.prepareStatement("select 1 from pg_database where datname = ?")) {
            exists.setString(1, database);
            try (var rs = exists.executeQuery()) {
                if (!rs.next()) {
                    c.createStatement().execute("create database " + database);
                }
            }
        } catch (SQLException e) {
            if (!"42P04".equals(e.getSQLState())) { // created meanwhile by another JVM
                throw new IllegalStateException("cannot create test database " + database, e);
            }
        }
    }
}
