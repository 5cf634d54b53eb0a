package vn.party.testsupport;

import java.sql.Connection;
import java.sql.SQLException;

/**
 * A real outage of one service's database on the shared test server: new connections are refused and
 * open ones are terminated, until {@link #close()} lets connections in again.
 */
public final class DatabaseOutage implements AutoCloseable {

    private final String database;

    private DatabaseOutage(String database) {
        this.database = database;
    }

    public static DatabaseOutage begin(String database) {
        exec("alter database " + database + " allow_connections false");
        exec("select pg_terminate_backend(pid) from pg_stat_activity where datname = '" + database
                + "' and pid <> pg_backend_pid()");
        return new DatabaseOutage(database);
    }

    @Override
    public void close() {
        exec("alter database " + database + " allow_connections true");
    }

    private static void exec(String sql) {
        try (Connection c = SuiteInfrastructure.adminConnection()) {
            c.createStatement().execute(sql);
        } catch (SQLException e) {
            throw new IllegalStateException(sql, e);
        }
    }
}
