package vn.party.backbone.inbox;

import java.sql.SQLException;
import java.sql.SQLRecoverableException;
import java.sql.SQLTransientException;
import java.util.Set;

/**
 * Tells failures that go away by themselves (the database is down, restarting, refusing connections, a
 * serialisation conflict) from those that never will. Only the former are retried.
 */
public final class TransientFailures {

    /** SQLSTATE classes and codes that mean "try again later". */
    private static final Set<String> TRANSIENT_CLASSES = Set.of("08", "53", "57", "58");
    private static final Set<String> TRANSIENT_CODES = Set.of("40001", "40P01", "55000", "55P03", "55006");

    public static boolean isTransient(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof org.hibernate.exception.JDBCConnectionException
                    || t instanceof SQLTransientException
                    || t instanceof SQLRecoverableException
                    || t instanceof java.net.ConnectException) {
                return true;
            }
            if (t instanceof SQLException sql && sql.getSQLState() != null) {
                String state = sql.getSQLState();
                if (TRANSIENT_CODES.contains(state) || (state.length() >= 2 && TRANSIENT_CLASSES.contains(state.substring(0, 2)))) {
                    return true;
                }
            }
            String name = t.getClass().getName();
            if (name.startsWith("io.agroal") || name.endsWith("AcquisitionTimeoutException")) {
                return true;
            }
        }
        return false;
    }

    private TransientFailures() {
    }
}
