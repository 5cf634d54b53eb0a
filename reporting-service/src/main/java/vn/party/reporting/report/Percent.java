package vn.party.reporting.report;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** Shares as committees write them: a percentage with two decimals, half up; none when nothing is counted. */
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
