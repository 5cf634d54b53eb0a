package vn.party.cadre.rules;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;

/** What events say of a cadre for the report's shares, never more: the age band and the path's unit codes. */
public final class CadreFacts {

    /** Ethnicity code of the majority (Kinh); every other code counts as an ethnic minority. */
    public static final String MAJORITY_ETHNICITY = "KINH";

    public static String ageBand(LocalDate dateOfBirth, LocalDate on) {
        int years = RetirementRules.yearsOn(dateOfBirth, on);
        if (years < 35) {
            return "UNDER_35";
        }
        if (years >= 60) {
            return "60_AND_OVER";
        }
        int low = 35 + (years - 35) / 5 * 5;
        return low + "_TO_" + (low + 4);
    }

    public static boolean ethnicMinority(String ethnicity) {
        return !MAJORITY_ETHNICITY.equals(ethnicity);
    }

    /** {@code bn.bn_xa} as {@code [bn, bn_xa]}. */
    public static List<String> pathCodes(String dottedPath) {
        return Arrays.asList(dottedPath.split("\\."));
    }

    /** The plan level of a unit from its kind in the tree. */
    public static PlanLevel levelOfUnitKind(String unitKind) {
        return switch (unitKind) {
            case "PROVINCE_COMMITTEE" -> PlanLevel.PROVINCE;
            case "INTERMEDIATE_COMMITTEE" -> PlanLevel.INTERMEDIATE;
            default -> PlanLevel.BASE;
        };
    }

    private CadreFacts() {
    }
}
