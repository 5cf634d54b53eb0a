package vn.party.backbone.paging;

import vn.party.backbone.problem.ProblemException;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * Opaque keyset cursors: the sort key of the last row of a page, e.g. (name, id), encoded so that clients
 * pass it back as {@code after} without reading it. A cursor that does not decode is a 400 on {@code after}.
 */
public final class Cursor {

    public static String of(Object... parts) {
        String raw = Arrays.stream(parts).map(String::valueOf).collect(Collectors.joining("\n"));
        return Base64.getUrlEncoder().withoutPadding().encodeToString(raw.getBytes(StandardCharsets.UTF_8));
    }

    /** @return the parts of the cursor, or null when {@code after} is absent */
    public static List<String> parse(String after, int parts) {
        if (after == null) {
            return null;
        }
        try {
            List<String> decoded = List.of(new String(Base64.getUrlDecoder().decode(after), StandardCharsets.UTF_8)
                    .split("\n", -1));
            if (decoded.size() != parts) {
                throw notOurs();
            }
            return decoded;
        } catch (IllegalArgumentException e) {
            throw notOurs();
        }
    }

    public static LocalDate date(String part) {
        try {
            return LocalDate.parse(part);
        } catch (RuntimeException e) {
            throw notOurs();
        }
    }

    public static UUID uuid(String part) {
        try {
            return UUID.fromString(part);
        } catch (RuntimeException e) {
            throw notOurs();
        }
    }

    private static ProblemException notOurs() {
        return ProblemException.invalid("after", "not a cursor this list gave out");
    }

    private Cursor() {
    }
}
