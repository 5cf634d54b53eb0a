package vn.party.cadre.rules;

import java.time.LocalDate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** A term of office (nhiệm kỳ) written as {@code 2025-2030}. */
public record Term(int firstYear, int lastYear) {

    private static final Pattern FORMAT = Pattern.compile("^(\\d{4})-(\\d{4})$");

    /** @throws IllegalArgumentException unless the text is {@code yyyy-yyyy} spanning {@code termYears} */
    public static Term parse(String text, int termYears) {
        Matcher m = text == null ? null : FORMAT.matcher(text.trim());
        if (m == null || !m.matches()) {
            throw new IllegalArgumentException("a term is written yyyy-yyyy, e.g. 2025-2030");
        }
        int first = Integer.parseInt(m.group(1));
        int last = Integer.parseInt(m.group(2));
        if (last - first != termYears || first < 1945 || first > 2100) {
            throw new IllegalArgumentException("a term spans " + termYears + " years, e.g. 2025-2030");
        }
        return new Term(first, last);
    }

    public LocalDate firstDay() {
        return LocalDate.of(firstYear, 1, 1);
    }

    public String code() {
        return firstYear + "-" + lastYear;
    }

    @Override
    public String toString() {
        return code();
    }
}
