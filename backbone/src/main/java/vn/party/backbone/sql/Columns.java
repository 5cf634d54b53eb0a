package vn.party.backbone.sql;

import java.time.LocalDate;

/** Values of native-query result rows, whatever type the JDBC driver handed back. */
public final class Columns {

    public static LocalDate date(Object value) {
        return value == null ? null : value instanceof java.sql.Date d ? d.toLocalDate() : (LocalDate) value;
    }

    public static long count(Object value) {
        return value == null ? 0 : ((Number) value).longValue();
    }

    private Columns() {
    }
}
