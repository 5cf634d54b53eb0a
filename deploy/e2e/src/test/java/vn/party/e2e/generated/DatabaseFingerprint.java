package vn.party.e2e.generated;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * A checksum of every table of the four services' databases that holds what users entered (row count and an
 * md5 over the rows), to show that a refused request changed nothing. Bookkeeping tables that move on their
 * own (outbox, processed events, audit of reads, Flyway's history, the scheduled HR sync's runs) are left out.
 */
final class DatabaseFingerprint {

    private static final List<String> DATABASES = List.of("membership", "inspection", "cadre", "reporting");
    private static final List<String> MOVING_ON_THEIR_OWN = List.of(
            "outbox_event", "processed_event", "flyway_schema_history", "audit_log", "idempotency_key",
            "hr_sync");   // cadre's scheduled HR sync records its runs by itself

    private DatabaseFingerprint() {
    }

    static Map<String, String> take() {
        String base = System.getProperty("e2e.pg.url", "jdbc:postgresql://127.0.0.1:5433/");
        Map<String, String> fingerprint = new TreeMap<>();
        for (String database : DATABASES) {
            try (Connection c = DriverManager.getConnection(base + database, System.getProperty("e2e.pg.user", "postgres"),
                    System.getProperty("e2e.pg.password", "postgres")); Statement s = c.createStatement()) {
                List<String> tables = new ArrayList<>();
                try (ResultSet r = s.executeQuery("select tablename from pg_tables where schemaname = 'public' order by 1")) {
                    while (r.next()) {
                        tables.add(r.getString(1));
                    }
                }
                for (String table : tables) {
                    if (MOVING_ON_THEIR_OWN.stream().anyMatch(table::startsWith)) {
                        continue;
                    }
                    try (ResultSet r = s.executeQuery("select count(*), md5(coalesce(string_agg(md5(t::text), '' order by md5(t::text)), '')) from \""
                            + table + "\" t")) {
                        r.next();
                        fingerprint.put(database + "." + table, r.getLong(1) + ":" + r.getString(2));
                    }
                }
            } catch (SQLException e) {
                throw new IllegalStateException("cannot read database " + database + ": " + e.getMessage(), e);
            }
        }
        return fingerprint;
    }

    /** A fingerprint taken once the services have stopped projecting earlier work (two equal in a row). */
    static Map<String, String> settled() {
        Map<String, String> previous = take();
        for (int i = 0; i < 30; i++) {
            sleep();
            Map<String, String> now = take();
            if (now.equals(previous)) {
                return now;
            }
            previous = now;
        }
        throw new IllegalStateException("the databases did not settle in 60 s");
    }

    private static void sleep() {
        try {
            Thread.sleep(2_000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
