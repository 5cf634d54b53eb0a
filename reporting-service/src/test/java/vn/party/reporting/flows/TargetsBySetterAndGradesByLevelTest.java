package vn.party.reporting.flows;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;
import org.junit.jupiter.api.Test;
import vn.party.contracts.OrganisationType;
import vn.party.contracts.UnitKind;
import vn.party.contracts.membership.AdmissionTargetSet;
import vn.party.contracts.membership.MemberAdmitted;
import vn.party.contracts.membership.OrgUnitFounded;
import vn.party.contracts.membership.OrganisationGraded;
import vn.party.contracts.membership.TargetSetter;
import vn.party.testsupport.TestTokens;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static vn.party.testsupport.MembershipEventsFixture.publish;

/**
 * A unit's own admission target and the one handed down to it, both reported with the percentage achieved; and the
 * grading of a year counted per level: base organisations and cells apart, each with its whole.
 */
@QuarkusTest
class TargetsBySetterAndGradesByLevelTest {

    private static final Duration PATIENCE = Duration.ofSeconds(60);
    private static final LocalDate FOUNDED = LocalDate.of(2010, 1, 1);

    private final String p = "ts_" + UUID.randomUUID().toString().substring(0, 8);
    private final String a = p + "_a";
    private final String x = a + "_x";
    private final String c1 = x + "_c1";
    private final String c2 = x + "_c2";
    private final String s = a + "_s";

    private void plant() {
        publish(new OrgUnitFounded(p, "Đảng bộ tỉnh", UnitKind.PROVINCE_COMMITTEE, null, null, List.of(p), FOUNDED));
        publish(new OrgUnitFounded(a, "Huyện ủy A", UnitKind.INTERMEDIATE_COMMITTEE, null, p, List.of(p, a), FOUNDED));
        publish(new OrgUnitFounded(x, "Đảng bộ xã X", UnitKind.BASE_COMMITTEE, OrganisationType.COMMUNE, a, List.of(p, a, x), FOUNDED));
        publish(new OrgUnitFounded(c1, "Chi bộ thôn 1", UnitKind.CELL, null, x, List.of(p, a, x, c1), FOUNDED));
        publish(new OrgUnitFounded(c2, "Chi bộ thôn 2", UnitKind.CELL, null, x, List.of(p, a, x, c2), FOUNDED));
        publish(new OrgUnitFounded(s, "Chi bộ trường S", UnitKind.BASE_CELL, OrganisationType.SCHOOL, a, List.of(p, a, s), FOUNDED));
    }

    @Test
    void theOwnTargetAndTheOneHandedDownAreBothReportedEachWithItsPercentage() {
        plant();
        for (int i = 0; i < 3; i++) {
            publish(new MemberAdmitted(UUID.randomUUID().toString(), "Người " + i, c1, List.of(p, a, x, c1), x, false,
                    LocalDate.of(2024, 3, 10 + i)));
        }
        // an event written before targets had a setter: the committee above set it
        publish(new AdmissionTargetSet(a, List.of(p, a), "2024", 3, LocalDate.of(2024, 1, 5)));
        publish(new AdmissionTargetSet(a, List.of(p, a), "2024", 7, LocalDate.of(2024, 1, 8), TargetSetter.OWN));
        // a later setting from above replaces the earlier one from above, and leaves the unit's own
        publish(new AdmissionTargetSet(a, List.of(p, a), "2024", 4, LocalDate.of(2024, 2, 1), TargetSetter.SUPERIOR));

        await().atMost(PATIENCE).untilAsserted(() -> get(a, "admissions", "period", "2024").statusCode(200)
                .body("figures.admitted", equalTo(3))
                .body("figures.targets", hasSize(2))
                .body("figures.targets[0].setter", equalTo("SUPERIOR"))
                .body("figures.targets[0].target", equalTo(4))
                .body("figures.targets[0].admitted", equalTo(3))
                .body("figures.targets[0].percent", equalTo(75.00f))
                .body("figures.targets[1].setter", equalTo("OWN"))
                .body("figures.targets[1].target", equalTo(7))
                .body("figures.targets[1].admitted", equalTo(3))
                .body("figures.targets[1].percent", equalTo(42.86f)));
    }

    @Test
    void theGradingOfAYearCountsBaseOrganisationsAndCellsEachWithItsWhole() {
        plant();
        LocalDate closed = LocalDate.of(2025, 1, 15);
        publish(new OrganisationGraded(x, List.of(p, a, x), 2024, "EXCELLENT", null, 1, closed));
        publish(new OrganisationGraded(s, List.of(p, a, s), 2024, "GOOD", null, 1, closed));
        publish(new OrganisationGraded(c1, List.of(p, a, x, c1), 2024, "GOOD", null, 1, closed));
        publish(new OrganisationGraded(c2, List.of(p, a, x, c2), 2024, "COMPLETED", null, 1, closed));

        await().atMost(PATIENCE).untilAsserted(() -> get(a, "grading", "year", "2024").statusCode(200)
                .body("figures.organisationsGraded", equalTo(4))
                .body("figures.baseOrganisationsGraded", equalTo(2))
                .body("figures.baseOrganisations.EXCELLENT", equalTo(1))
                .body("figures.baseOrganisations.GOOD", equalTo(1))
                .body("figures.cellsGraded", equalTo(2))
                .body("figures.cells.GOOD", equalTo(1))
                .body("figures.cells.COMPLETED", equalTo(1))
                .body("children.find { it.unitCode == '" + x + "' }.figures.baseOrganisationsGraded", equalTo(1))
                .body("children.find { it.unitCode == '" + x + "' }.figures.cellsGraded", equalTo(2)));
    }

    private ValidatableResponse get(String unit, String section, String... params) {
        var request = given().auth().oauth2(TestTokens.token("province-admin", p, "province-admin"));
        for (int i = 0; i + 1 < params.length; i += 2) {
            request = request.queryParam(params[i], params[i + 1]);
        }
        return request.get("/api/reporting/v1/units/" + unit + "/" + section).then();
    }
}
