package vn.party.inspection.casework;

import vn.party.contracts.inspection.CaseActivity;
import vn.party.contracts.inspection.CaseKind;

/** Cases of one activity and kind in a year: planned ones concluded, planned ones under way, unplanned ones. */
public record CaseCounts(CaseActivity activity, CaseKind kind, long plannedDone, long plannedUnderWay, long unplanned) {
}
