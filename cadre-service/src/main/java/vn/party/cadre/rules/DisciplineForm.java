package vn.party.cadre.rules;

import java.util.Locale;
import java.util.Optional;

/**
 * Forms of discipline of a member (69-QĐ/TW, 2022), mildest first. Every one is "reprimand or above", which
 * takes a cadre out of succession planning.
 */
public enum DisciplineForm {
    /** Khiển trách. */
    REPRIMAND,
    /** Cảnh cáo. */
    WARNING,
    /** Cách chức. */
    REMOVAL_FROM_POST,
    /** Khai trừ. */
    EXPULSION;

    /** True for reprimand and every heavier form. */
    public boolean reprimandOrAbove() {
        return compareTo(REPRIMAND) >= 0;
    }

    /**
     * Reads the form as another service may spell it (its English code, a synonym, or the Vietnamese term
     * without diacritics); empty when it is none of these.
     */
    public static Optional<DisciplineForm> parse(String text) {
        if (text == null) {
            return Optional.empty();
        }
        String t = text.trim().toUpperCase(Locale.ROOT).replace('-', '_').replace(' ', '_');
        return switch (t) {
            case "REPRIMAND", "KHIEN_TRACH" -> Optional.of(REPRIMAND);
            case "WARNING", "CANH_CAO" -> Optional.of(WARNING);
            case "REMOVAL_FROM_POST", "REMOVAL", "DISMISSAL", "DISMISSAL_FROM_POST", "CACH_CHUC" -> Optional.of(REMOVAL_FROM_POST);
            case "EXPULSION", "KHAI_TRU" -> Optional.of(EXPULSION);
            default -> Optional.empty();
        };
    }
}
