package vn.party.cadre.hr;

import vn.party.backbone.problem.ProblemException;

import java.util.List;
import java.util.UUID;

/** Reads of the runs table (province-wide, counts only). */
final class HrSyncRuns {

    static HrSyncRun get(UUID id) {
        HrSyncRun r = HrSyncRun.findById(id);
        if (r == null) {
            throw ProblemException.notFound("run " + id);
        }
        return r;
    }

    static List<HrSyncRun> latest(int n) {
        return HrSyncRun.find("order by startedAt desc").page(0, n).list();
    }

    static List<HrSyncIssue> issues(UUID run) {
        return HrSyncIssue.list("runId = ?1 order by id", run);
    }

    private HrSyncRuns() {
    }
}
