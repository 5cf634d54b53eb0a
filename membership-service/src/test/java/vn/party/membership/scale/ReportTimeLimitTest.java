package vn.party.membership.scale;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import vn.party.membership.TestTree;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Map;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static vn.party.membership.TestTree.API;
import static vn.party.membership.TestTree.as;

/** A report past its time limit (here a millisecond) is told to narrow its question, and gives its connection back. */
@QuarkusTest
@TestProfile(ReportTimeLimitTest.OneMillisecond.class)
class ReportTimeLimitTest {

    public static class OneMillisecond implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("membership.reports.time-limit", "PT0.001S");
        }
    }

    private static final int LAST_YEAR = LocalDate.now(ZoneId.of("Asia/Ho_Chi_Minh")).getYear() - 1;

    @Inject
    AgroalDataSource db;

    @Test
    void aReportPastItsTimeLimitAnswersAProblemAndLeavesNoConnectionBehind() throws Exception {
        TestTree tree = TestTree.plant();
        LargeCell.fill(db, tree.cellA1, 3_000, LAST_YEAR + "-06");
        String admin = tree.provinceAdmin();
        // more requests than the pool has connections: a connection kept by a cancelled report would starve the rest
        for (int i = 0; i < 25; i++) {
            as(admin).queryParam("year", String.valueOf(LAST_YEAR)).get(API + "/dues/arrears").then().statusCode(503)
                    .contentType("application/problem+json")
                    .body("type", equalTo("https://party-suite.vn/problems/report-time-limit"))
                    .body("rule", equalTo("report.time-limit"))
                    .body("detail", containsString("thu hẹp đơn vị"))
                    .body("detail", containsString("smaller unit"));
        }
        as(admin).get(API + "/org-units/" + tree.cellA1).then().statusCode(200);
    }

    @Test
    void aProvinceHeadcountPastItsTimeLimitAnswersTheSameProblem() throws Exception {
        TestTree tree = TestTree.plant();
        LargeCell.fill(db, tree.cellA1, 3_000, LAST_YEAR + "-06");
        String admin = tree.provinceAdmin();
        for (int i = 0; i < 25; i++) {
            as(admin).get(API + "/headcounts/" + tree.province).then().statusCode(503)
                    .contentType("application/problem+json")
                    .body("rule", equalTo("report.time-limit"))
                    .body("detail", containsString("headcount"));
        }
        as(admin).get(API + "/org-units/" + tree.cellA1).then().statusCode(200);
    }
}
