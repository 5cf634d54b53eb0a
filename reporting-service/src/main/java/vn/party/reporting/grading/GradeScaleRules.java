package vn.party.reporting.grading;

import java.util.List;

/**
 * The grade scale of a year, as reports print it (đánh giá, xếp loại chất lượng). Keyed by the year graded:
 * <ul>
 *   <li>up to 2017 (guidance before 132-QĐ/TW): organisations "clean and strong" (trong sạch, vững mạnh),
 *       good, completed, weak (recorded NOT_COMPLETED); members on the four grades;</li>
 *   <li>from 2018, 132-QĐ/TW (8 Mar 2018): excellent, good, completed, not completed for both;</li>
 *   <li>from 2023, 124-QĐ/TW (4 Oct 2023): the same grades;</li>
 *   <li>from 2025, 366-QĐ/TW (30 Aug 2025): the same grades beside a 100-point score.</li>
 * </ul>
 */
public final class GradeScaleRules {

    public record Scale(int firstYear, String regulation, List<String> memberGrades, List<String> organisationGrades,
                        boolean scored) {
    }

    static final List<String> FOUR = List.of("EXCELLENT", "GOOD", "COMPLETED", "NOT_COMPLETED");

    static final List<Scale> TABLE = List.of(
            new Scale(Integer.MIN_VALUE, "guidance before 132-QĐ/TW", FOUR,
                    List.of("CLEAN_AND_STRONG", "GOOD", "COMPLETED", "NOT_COMPLETED"), false),
            new Scale(2018, "132-QĐ/TW", FOUR, FOUR, false),
            new Scale(2023, "124-QĐ/TW", FOUR, FOUR, false),
            new Scale(2025, "366-QĐ/TW", FOUR, FOUR, true));

    public static Scale scaleFor(int year) {
        Scale found = TABLE.get(0);
        for (Scale s : TABLE) {
            if (s.firstYear() <= year) {
                found = s;
            }
        }
        return found;
    }

    private GradeScaleRules() {
    }
}
