package vn.party.cadre.hr;

import com.fasterxml.jackson.databind.JsonNode;
import vn.party.cadre.rules.PoliticalTheoryLevel;
import vn.party.cadre.rules.Sex;
import vn.party.cadre.rules.StateManagementLevel;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * One employee record of the HR system, checked field by field ({@link #parse}); unknown fields are ignored.
 * {@link #ref()} names the record in reports without its national ID.
 */
public record HrRecord(String nationalId, String civilServantCode, UUID memberId, String fullName, LocalDate dateOfBirth,
                       Sex sex, String ethnicity, String unitCode, String education, String qualification,
                       PoliticalTheoryLevel politicalTheory, StateManagementLevel stateManagement, String foreignLanguage,
                       String itLevel, String salaryGrade, BigDecimal salaryCoefficient, Long salaryBaseDong,
                       LocalDate salaryEffectiveFrom, List<Position> positions) {

    /** At most this many positions a record: a career, not a log. */
    static final int MAX_POSITIONS = 50;

    /** A civil-service position of the person's career, as the HR system lists it (quá trình công tác). */
    public record Position(String title, String organisation, LocalDate from, LocalDate to, String salaryGrade) {
    }

    private static final Pattern NATIONAL_ID = Pattern.compile("^(\\d{9}|\\d{12})$");
    private static final Pattern UNIT = Pattern.compile("^[a-z0-9_]{1,64}$");
    private static final Pattern ETHNICITY = Pattern.compile("^[A-Z_]{2,32}$");
    private static final Pattern CODE = Pattern.compile("^[A-Za-z0-9._-]{1,32}$");

    /** A record that breaks the contract: reported and skipped. */
    public static class Malformed extends RuntimeException {
        public Malformed(String message) {
            super(message, null, false, false);
        }
    }

    public String ref() {
        return civilServantCode != null ? "civilServantCode " + civilServantCode : "record of " + unitCode;
    }

    /** A name for a record that did not parse, never its national ID. */
    static String refOf(JsonNode node, int index) {
        JsonNode code = node == null ? null : node.get("civilServantCode");
        return code != null && code.isTextual() && CODE.matcher(code.asText()).matches()
                ? "civilServantCode " + code.asText() : "item " + index;
    }

    public static HrRecord parse(JsonNode n) {
        if (n == null || !n.isObject()) {
            throw new Malformed("not an object");
        }
        String nationalId = required(n, "nationalId");
        if (!NATIONAL_ID.matcher(nationalId).matches()) {
            throw new Malformed("nationalId is not 9 or 12 digits");
        }
        String code = optional(n, "civilServantCode");
        if (code != null && !CODE.matcher(code).matches()) {
            throw new Malformed("civilServantCode is malformed");
        }
        String name = required(n, "fullName");
        if (name.length() > 200) {
            throw new Malformed("fullName is longer than 200");
        }
        String unit = required(n, "unitCode");
        if (!UNIT.matcher(unit).matches()) {
            throw new Malformed("unitCode is malformed");
        }
        String ethnicity = required(n, "ethnicity").toUpperCase(Locale.ROOT);
        if (!ETHNICITY.matcher(ethnicity).matches()) {
            throw new Malformed("ethnicity is not a code");
        }
        Long salary = null;
        JsonNode s = n.get("salaryBaseDong");
        if (s != null && !s.isNull()) {
            if (!s.canConvertToLong() || !s.isIntegralNumber() || s.asLong() < 0) {
                throw new Malformed("salaryBaseDong is not a non-negative whole number");
            }
            salary = s.asLong();
        }
        BigDecimal coefficient = null;
        JsonNode c = n.get("salaryCoefficient");
        if (c != null && !c.isNull()) {
            if (!c.isNumber() || c.decimalValue().signum() < 0 || c.decimalValue().compareTo(BigDecimal.valueOf(100)) >= 0) {
                throw new Malformed("salaryCoefficient is not a number from 0 to 100");
            }
            coefficient = c.decimalValue().setScale(2, java.math.RoundingMode.HALF_UP);
        }
        String member = optional(n, "memberId");
        UUID memberId;
        try {
            memberId = member == null ? null : UUID.fromString(member);
        } catch (IllegalArgumentException e) {
            throw new Malformed("memberId is not a UUID");
        }
        return new HrRecord(nationalId, code, memberId, name.trim(), date(n, "dateOfBirth", true),
                enumOf(Sex.class, required(n, "sex"), "sex"), ethnicity, unit, optional(n, "education"),
                optional(n, "qualification"),
                enumOf(PoliticalTheoryLevel.class, orDefault(optional(n, "politicalTheory"), "NONE"), "politicalTheory"),
                enumOf(StateManagementLevel.class, orDefault(optional(n, "stateManagement"), "NONE"), "stateManagement"),
                optional(n, "foreignLanguage"), optional(n, "itLevel"), optional(n, "salaryGrade"), coefficient, salary,
                date(n, "salaryEffectiveFrom", false), positions(n.get("positions")));
    }

    private static List<Position> positions(JsonNode list) {
        if (list == null || list.isNull()) {
            return List.of();
        }
        if (!list.isArray()) {
            throw new Malformed("positions is not a list");
        }
        if (list.size() > MAX_POSITIONS) {
            throw new Malformed("positions lists more than " + MAX_POSITIONS);
        }
        List<Position> positions = new ArrayList<>();
        for (int i = 0; i < list.size(); i++) {
            JsonNode p = list.get(i);
            String at = "positions[" + i + "].";
            if (p == null || !p.isObject()) {
                throw new Malformed(at.substring(0, at.length() - 1) + " is not an object");
            }
            String title = required(p, "title", at);
            String organisation = required(p, "organisation", at);
            if (title.length() > 200 || organisation.length() > 300) {
                throw new Malformed(at + "title or organisation is too long");
            }
            LocalDate from = date(p, "from", true, at);
            LocalDate to = date(p, "to", false, at);
            if (to != null && to.isBefore(from)) {
                throw new Malformed(at + "to is before from");
            }
            String grade = optional(p, "salaryGrade", at);
            if (grade != null && grade.length() > 32) {
                throw new Malformed(at + "salaryGrade is longer than 32");
            }
            positions.add(new Position(title, organisation, from, to, grade));
        }
        return List.copyOf(positions);
    }

    private static String orDefault(String v, String d) {
        return v == null ? d : v;
    }

    private static String required(JsonNode n, String field) {
        return required(n, field, "");
    }

    private static String optional(JsonNode n, String field) {
        return optional(n, field, "");
    }

    private static LocalDate date(JsonNode n, String field, boolean required) {
        return date(n, field, required, "");
    }

    /** {@code at} names where the field sits in the record, e.g. {@code positions[2].}, for the report. */
    private static String required(JsonNode n, String field, String at) {
        String v = optional(n, field, at);
        if (v == null) {
            throw new Malformed(at + field + " is missing");
        }
        return v;
    }

    private static String optional(JsonNode n, String field, String at) {
        JsonNode v = n.get(field);
        if (v == null || v.isNull()) {
            return null;
        }
        if (!v.isTextual()) {
            throw new Malformed(at + field + " is not text");
        }
        String t = v.asText().trim();
        if (t.length() > 500 || t.chars().anyMatch(ch -> ch < 0x20)) {
            throw new Malformed(at + field + " is too long or holds control characters");
        }
        return t.isEmpty() ? null : t;
    }

    private static LocalDate date(JsonNode n, String field, boolean required, String at) {
        String v = required ? required(n, field, at) : optional(n, field, at);
        if (v == null) {
            return null;
        }
        try {
            LocalDate d = LocalDate.parse(v);
            if (d.getYear() < 1900 || d.getYear() > 2100) {
                throw new Malformed(at + field + " is not a plausible date");
            }
            return d;
        } catch (java.time.format.DateTimeParseException e) {
            throw new Malformed(at + field + " is not a date, yyyy-mm-dd");
        }
    }

    private static <E extends Enum<E>> E enumOf(Class<E> type, String v, String field) {
        try {
            return Enum.valueOf(type, v.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new Malformed(field + " is not one of " + java.util.Arrays.toString(type.getEnumConstants()));
        }
    }
}
