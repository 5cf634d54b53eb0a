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

    /**
     * {@code after} for a list keyed by unit code, where the code itself is the cursor: 400 unless it is one
     * (lower-case letters, digits and {@code _}), so a garbage cursor is refused instead of finding nothing.
     */
    public String afterCode() {
        if (after != null && !after.matches("[a-z0-9_]{1,64}")) {
            throw ProblemException.invalid("after", "not a cursor this list gave out");
        }
        return after;
    }
}
