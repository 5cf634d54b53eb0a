package vn.party.membership.member;

import java.text.Normalizer;
import java.util.Locale;

/**
 * Vietnamese names folded for search: lower case, tone and vowel marks removed, đ as d, single spaces.
 * "Nguyễn Thị Đào" and "nguyen thi dao" fold alike, so users find people with or without diacritics.
 */
public final class NameFolding {

    public static String fold(String text) {
        String lower = text.toLowerCase(Locale.ROOT).replace('đ', 'd');
        return Normalizer.normalize(lower, Normalizer.Form.NFD)
                .replaceAll("\\p{M}+", "")
                .replaceAll("\\s+", " ")
                .trim();
    }

    private NameFolding() {
    }
}
