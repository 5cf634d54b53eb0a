package vn.party.reporting.inspection;

import vn.party.reporting.period.ReportPeriod;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * Hệ thống biểu mẫu thống kê ngành Kiểm tra Đảng: the statistical tables the inspection sector files, as a dated
 * rule table. The standard in force for a report is the one in force on the period's last day (a new standard
 * is a new row):
 * <ul>
 *   <li>357-QĐ/UBKTTW (2016), 22 tables;</li>
 *   <li>885-QĐ/UBKTTW of 2022-12-29, 26 tables, reporting periods monthly, first quarter, 6 months, 9 months,
 *       year and congress term.</li>
 * </ul>
 * Our copies of the regulations are not available: the day 357-QĐ/UBKTTW took effect (taken here as 1 January
 * 2016), its reporting periods, and the official numbering and titles of each standard's tables must be checked
 * against the official texts. {@link InspectionStatistics} names the tables it builds by their content. The rows are
 * those of inspection-service's StatisticsRules (GET /api/inspection/v1/rules/statistics-tables).
 */
public final class StatisticalStandardRules {

    /** The reporting periods (kỳ báo cáo) a standard names. */
    public enum StandardPeriod { MONTH, FIRST_QUARTER, SIX_MONTHS, NINE_MONTHS, YEAR, TERM }

    /**
     * @param regulation       the decision that issued the standard
     * @param appliesFrom      first period end day the standard applies to
     * @param tablesInStandard how many tables the standard has
     * @param reportingPeriods the periods it names; empty when our copy does not record them
     */
    public record Standard(String regulation, LocalDate appliesFrom, int tablesInStandard,
                           List<StandardPeriod> reportingPeriods, String note) {
    }

    public static final List<Standard> STANDARDS = List.of(
            new Standard("357-QĐ/UBKTTW", LocalDate.of(2016, 1, 1), 22, List.of(),
                    "Issued in 2016; the day it took effect, its reporting periods and the numbering of its tables must "
                            + "be checked against the official text"),
            new Standard("885-QĐ/UBKTTW", LocalDate.of(2022, 12, 29), 26,
                    List.of(StandardPeriod.MONTH, StandardPeriod.FIRST_QUARTER, StandardPeriod.SIX_MONTHS,
                            StandardPeriod.NINE_MONTHS, StandardPeriod.YEAR, StandardPeriod.TERM),
                    "Issued 2022-12-29; the numbering of its tables must be checked against the official text"));

    /** The standard in force on a period's last day; none before the first one. */
    public static Optional<Standard> inForceOn(LocalDate periodEnd) {
        return STANDARDS.stream().filter(s -> !s.appliesFrom().isAfter(periodEnd))
                .max(Comparator.comparing(Standard::appliesFrom));
    }

    public static Optional<Standard> forPeriod(ReportPeriod period) {
        return inForceOn(period.to());
    }

    /** Which of the standards' periods {@code period} is: the first quarter is one, a later quarter is not. */
    public static Optional<StandardPeriod> standardPeriod(ReportPeriod period) {
        int month = period.from().getMonthValue();
        return Optional.ofNullable(switch (period.kind()) {
            case MONTH -> StandardPeriod.MONTH;
            case QUARTER -> month == 1 ? StandardPeriod.FIRST_QUARTER : null;
            case HALF_YEAR -> month == 1 ? StandardPeriod.SIX_MONTHS : null;
            case NINE_MONTHS -> StandardPeriod.NINE_MONTHS;
            case YEAR -> StandardPeriod.YEAR;
            case TERM -> StandardPeriod.TERM;
            case RANGE -> null;
        });
    }

    /** Whether the standard names the period; null when our copy does not record its periods. */
    public static Boolean isReportingPeriod(Standard standard, ReportPeriod period) {
        if (standard.reportingPeriods().isEmpty()) {
            return null;
        }
        return standardPeriod(period).map(standard.reportingPeriods()::contains).orElse(false);
    }

    private StatisticalStandardRules() {
    }
}
