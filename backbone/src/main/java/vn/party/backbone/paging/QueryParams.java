package vn.party.backbone.paging;

import vn.party.backbone.problem.ProblemException;

import java.util.Arrays;
import java.util.Locale;

/**
 * Query parameters read as strings and parsed here, so that a bad value is a 400 naming the parameter
 * (Jakarta REST answers a failed conversion with 404).
 */
public final class QueryParams {

    public static int integer(String name, String value) {
        try {
            return Integer.parseInt(value.trim());
        } catch (NumberFormatException e) {
            throw ProblemException.invalid(name, "must be a whole number");
        }
    }

    public static <E extends Enum<E>> E enumValue(String name, String value, Class<E> type) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Enum.valueOf(type, value.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw ProblemException.invalid(name, "must be one of " + Arrays.toString(type.getEnumConstants()));
        }
    }

    private QueryParams() {
    }
}
