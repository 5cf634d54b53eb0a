package vn.party.membership.reports;

import java.util.Collection;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * Many values bound as ONE parameter: a PostgreSQL array literal used as {@code = any(cast(:ids as uuid[]))}.
 * A list bound as {@code in (:ids)} expands to a parameter per value, and a statement carries at most 65,535 of
 * them (a cell of 24,000 members used to answer 500), besides a new plan per length.
 */
public final class SqlArrays {

    /** {@code {id,id,...}}, for {@code cast(:p as uuid[])}. */
    public static String uuids(Collection<UUID> ids) {
        return ids.stream().map(UUID::toString).collect(Collectors.joining(",", "{", "}"));
    }

    /** {@code {"a","b"}}, for {@code cast(:p as text[])}; the values are quoted, so any text is safe. */
    public static String texts(Collection<String> values) {
        return values.stream().map(v -> '"' + v.replace("\\", "\\\\").replace("\"", "\\\"") + '"')
                .collect(Collectors.joining(",", "{", "}"));
    }

    /** {@code {1,2,3}}, for {@code cast(:p as bigint[])}. */
    public static String longs(Collection<Long> values) {
        return values.stream().map(String::valueOf).collect(Collectors.joining(",", "{", "}"));
    }

    private SqlArrays() {
    }
}
