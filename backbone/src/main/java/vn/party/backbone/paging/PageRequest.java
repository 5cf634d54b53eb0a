package vn.party.backbone.paging;

import vn.party.backbone.problem.ProblemException;

/** Cursor paging: {@code limit} (default 50, at most 500) items after the opaque cursor {@code after}. */
public record PageRequest(int limit, String after) {

    public static final int DEFAULT_LIMIT = 50;
    public static final int MAX_LIMIT = 500;

    public static PageRequest of(String limit, String after) {
        int l = limit == null || limit.isBlank() ? DEFAULT_LIMIT : QueryParams.integer("limit", limit);
        if (l < 1 || l > MAX_LIMIT) {
            throw ProblemException.invalid("limit", "must be between 1 and " + MAX_LIMIT);
        }
        return new PageRequest(l, after == null || after.isBlank() ? null : after);
    }
}
