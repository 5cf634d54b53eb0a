package vn.party.reporting.tree;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;

/**
 * Counts of a report section for the reported unit and for each unit directly below it, filled from SQL rows
 * grouped by {@link DatedTree#childOf(String)} (null: the unit itself, which counts in the total only).
 */
public final class Rollup {

    /** Named counts ({@code total}, {@code form.WARNING}, ...) of one unit. */
    public static final class Tally {
        private final Map<String, Long> counts = new HashMap<>();

        public void add(String key, long n) {
            counts.merge(key, n, Long::sum);
        }

        public void set(String key, long n) {
            counts.put(key, n);
        }

        public long get(String key) {
            return counts.getOrDefault(key, 0L);
        }

        /** The counts under {@code prefix.}, every one of {@code keys} present (zero when none), then any other. */
        public Map<String, Long> map(String prefix, List<String> keys) {
            Map<String, Long> out = new LinkedHashMap<>();
            for (String k : keys) {
                out.put(k, get(prefix + "." + k));
            }
            Map<String, Long> rest = new TreeMap<>();
            counts.forEach((k, v) -> {
                if (k.startsWith(prefix + ".") && k.indexOf('.', prefix.length() + 1) < 0) {
                    rest.putIfAbsent(k.substring(prefix.length() + 1), v);
                }
            });
            rest.forEach(out::putIfAbsent);
            return out;
        }
    }

    private final Tally total = new Tally();
    private final Map<String, Tally> children = new HashMap<>();

    /** Adds {@code n} to {@code key} of the row's child (none for the unit's own rows) and of the total. */
    public void add(Object child, String key, long n) {
        total.add(key, n);
        if (child != null) {
            children.computeIfAbsent((String) child, c -> new Tally()).add(key, n);
        }
    }

    /** For counts that do not add up (distinct cadres): set on the child, or on the total when {@code child} is null. */
    public void set(Object child, boolean isTotal, String key, long n) {
        if (isTotal) {
            total.set(key, n);
        } else if (child != null) {
            children.computeIfAbsent((String) child, c -> new Tally()).set(key, n);
        }
    }

    public Tally total() {
        return total;
    }

    public Tally child(String code) {
        return children.getOrDefault(code, new Tally());
    }

    /** Figures of the total and of each child, made by {@code figures}. */
    public <F> Function<String, F> children(Function<Tally, F> figures) {
        return code -> figures.apply(child(code));
    }

    public static <E extends Enum<E>> List<String> names(Class<E> type) {
        return java.util.Arrays.stream(type.getEnumConstants()).map(Enum::name).toList();
    }

    public static long n(Object o) {
        return o == null ? 0 : ((Number) o).longValue();
    }
}
