package vn.party.membership.reports;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * Percentages as committees print them: two decimals, half up (64.27, not 64.3), computed exactly from the two
 * counts, which every answer that carries a percentage carries beside it. None when the whole is zero.
 */
public final class Percent {

    public static BigDecimal of(long part, long whole) {
        if (whole <= 0) {
            return null;
        }
        return BigDecimal.valueOf(part).multiply(BigDecimal.valueOf(100))
                .divide(BigDecimal.valueOf(whole), 2, RoundingMode.HALF_UP);
    }

    private Percent() {
    }
}
