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

    /** A free-text parameter, trimmed; null when absent or blank. */
    public static String text(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }

    /** The UUID in a path: a malformed one cannot name a record, so it is a 404 like any id that names none. */
    public static java.util.UUID pathId(String what, String value) {
        try {
            return java.util.UUID.fromString(value);
        } catch (IllegalArgumentException e) {
            throw ProblemException.notFound(what + " " + value);
        }
    }

    /** An optional whole number: null when absent or blank. */
    public static Integer optionalInteger(String name, String value) {
        return value == null || value.isBlank() ? null : integer(name, value);
    }

    /** An optional true/false flag: false when absent. */
    public static boolean flag(String name, String value) {
        if (value == null || value.isBlank()) {
            return false;
        }
        return switch (value.trim().toLowerCase(java.util.Locale.ROOT)) {
            case "true" -> true;
            case "false" -> false;
            default -> throw ProblemException.invalid(name, "true or false");
        };
    }

    /** A required month, YYYY-MM, from 1930 on; 400 naming the field otherwise. */
    public static java.time.YearMonth month(String name, String value) {
        if (value == null || value.isBlank()) {
            throw ProblemException.invalid(name, "required, a month YYYY-MM");
        }
        try {
            java.time.YearMonth month = java.time.YearMonth.parse(value.trim());
            if (month.getYear() < 1930 || month.getYear() > 9999) {
                throw ProblemException.invalid(name, "a month from 1930 on, YYYY-MM");
            }
            return month;
        } catch (java.time.format.DateTimeParseException e) {
            throw ProblemException.invalid(name, "a month, YYYY-MM");
        }
    }

    /** An optional date (yyyy-mm-dd): null when absent or blank. */
    public static java.time.LocalDate optionalDate(String name, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return java.time.LocalDate.parse(value.trim());
        } catch (java.time.format.DateTimeParseException e) {
            throw ProblemException.invalid(name, "must be a date, yyyy-mm-dd");
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
