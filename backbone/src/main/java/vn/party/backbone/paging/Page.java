package vn.party.backbone.paging;

import java.util.List;
import java.util.function.Function;

/**
 * One page of a list. {@code next} is the cursor to pass as {@code after} for the following page, null on
 * the last page.
 */
public record Page<T>(List<T> items, String next) {

    /**
     * Builds a page from a query that fetched {@code limit + 1} rows: the extra row only tells that more
     * follow.
     */
    public static <T> Page<T> fromOverfetch(List<T> rows, int limit, Function<T, String> cursorOf) {
        if (rows.size() <= limit) {
            return new Page<>(rows, null);
        }
        List<T> items = rows.subList(0, limit);
        return new Page<>(List.copyOf(items), cursorOf.apply(items.get(items.size() - 1)));
    }

    public <R> Page<R> map(Function<T, R> mapper) {
        return new Page<>(items.stream().map(mapper).toList(), next);
    }
}
