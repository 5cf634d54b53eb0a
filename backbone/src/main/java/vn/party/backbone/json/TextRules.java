package vn.party.backbone.json;

/**
 * What text the services accept, in JSON bodies, query parameters and CSV cells alike: no C0 control
 * character but tab, line feed and carriage return (PostgreSQL refuses NUL outright), no DEL, and no lone
 * UTF-16 surrogate (it would be stored as "?").
 */
public final class TextRules {

    /** Why {@code text} is refused, or null when it is acceptable. */
    public static String fault(String text) {
        if (text == null) {
            return null;
        }
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if ((c < 0x20 && c != '\t' && c != '\n' && c != '\r') || c == 0x7f) {
                return "contains a control character (U+%04X) at position %d".formatted((int) c, i);
            }
            if (Character.isHighSurrogate(c)) {
                if (i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                    i++;
                    continue;
                }
                return "contains a lone UTF-16 surrogate at position " + i;
            }
            if (Character.isLowSurrogate(c)) {
                return "contains a lone UTF-16 surrogate at position " + i;
            }
        }
        return null;
    }

    private TextRules() {
    }
}
