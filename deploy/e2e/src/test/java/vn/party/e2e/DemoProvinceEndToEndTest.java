package vn.party.e2e;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import vn.party.e2e.demo.DemoData;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** What the demo users see of the demo province that deploy/suite up loaded. */
class DemoProvinceEndToEndTest {

    private static final SuiteClient SUITE = new SuiteClient(System.getProperty("e2e.gateway", "http://127.0.0.1:8080"));
    private static final String MEMBERS = "/api/membership/v1/members";

    @Test
    void aDistrictAdminFindsADemoMemberByANameTypedWithoutDiacriticsAndTheOtherDistrictCannotReadIt() {
        String districtA = SUITE.token("district-a-admin", "demo");
        String districtB = SUITE.token("district-b-admin", "demo");
        SuiteClient.Response listed = SUITE.get(MEMBERS + "?status=FULL&limit=1", districtA);
        assertThat(listed.status()).as(listed.body()).isEqualTo(200);
        JsonNode member = listed.json().path("items").get(0);
        assertThat(member).as("the demo has full members in " + DemoData.COMMITTEE_A).isNotNull();
        String fullName = member.path("fullName").asText();
        String typed = DemoData.fold(fullName);   // "Nguyễn Thị Hương" typed as "nguyen thi huong"
        assertThat(typed).isNotEqualTo(fullName);

        List<JsonNode> found = items(SUITE.get(MEMBERS + "?name=" + URLEncoder.encode(typed, StandardCharsets.UTF_8)
                + "&limit=500", districtA));
        assertThat(found).extracting(m -> m.path("id").asText()).contains(member.path("id").asText());
        assertThat(found).extracting(m -> m.path("fullName").asText()).contains(fullName);
        assertThat(found).allSatisfy(m -> assertThat(m.path("unitCode").asText()).startsWith(DemoData.COMMITTEE_A + "_"));

        SuiteClient.Response record = SUITE.get(MEMBERS + "/" + member.path("id").asText(), districtA);
        assertThat(record.status()).isEqualTo(200);
        assertThat(record.json().path("nationalId").asText()).matches("[0-9]{12}");

        SuiteClient.Response refused = SUITE.get(MEMBERS + "/" + member.path("id").asText(), districtB);
        assertThat(refused.status()).isEqualTo(404);
        assertThat(refused.header("Content-Type")).startsWith("application/problem+json");
        assertThat(items(SUITE.get(MEMBERS + "?name=" + URLEncoder.encode(typed, StandardCharsets.UTF_8) + "&limit=500",
                districtB))).extracting(m -> m.path("id").asText()).doesNotContain(member.path("id").asText());
    }

    @Test
    void theProvinceCountsTheDistrictOfBeforeTheReformInThePastAndItsCommunesUnderTheNewOneToday() {
        String province = SUITE.token("province-admin", "demo");
        SuiteClient.Response then = SUITE.get("/api/membership/v1/headcounts/" + DemoData.PROVINCE + "?date=2020-01-01", province);
        assertThat(then.status()).as(then.body()).isEqualTo(200);
        assertThat(unitCodes(then.json())).contains("bn_h_tan_yen");
        SuiteClient.Response now = SUITE.get("/api/membership/v1/headcounts/" + DemoData.PROVINCE, province);
        assertThat(now.json().path("full").asLong()).isGreaterThan(then.json().path("full").asLong());
        assertThat(unitCodes(now.json())).doesNotContain("bn_h_tan_yen").contains("bn_x_tan_yen");
    }

    /**
     * What the dashboard shows the province admin for the current term (2025-2030, a period its picker offers: the
     * demo's appointments fall in 2025 and 2026, its suspension, meetings and dues in 2026): the summary's every section (members, organisations, admissions,
     * transfers, exits, meetings, dues, the 2025 grading, inspections, discipline, denunciations, suspensions, cadres,
     * planning, training, appointments) has some figure above zero for the province or a unit below it, and says up
     * to when it is complete. Reporting is fed by events, so it is given a minute to catch up with the demo load.
     */
    @Test
    void theProvinceDashboardShowsFiguresInEverySection() throws InterruptedException {
        String province = SUITE.token("province-admin", "demo");
        String path = "/api/reporting/v1/units/" + DemoData.PROVINCE + "/summary?period=2025-2030&gradingYear=2025";
        List<String> empty = List.of();
        JsonNode summary = null;
        for (int attempt = 0; attempt < 30; attempt++) {
            SuiteClient.Response response = SUITE.get(path, province);
            assertThat(response.status()).as(response.body()).isEqualTo(200);
            summary = response.json();
            empty = emptySections(summary);
            if (empty.isEmpty()) {
                break;
            }
            Thread.sleep(2_000);
        }
        assertThat(empty).as("sections without any figure above zero in " + summary).isEmpty();
        for (String section : SECTIONS) {
            assertThat(summary.path(section).path("completeUpTo").isTextual()).as(section + " says up to when it is complete")
                    .isTrue();
        }
        // the charts over time: members on a day of the year
        SuiteClient.Response members = SUITE.get("/api/reporting/v1/units/" + DemoData.PROVINCE + "/members?date=2026-11-01",
                province);
        assertThat(members.status()).as(members.body()).isEqualTo(200);
        assertThat(members.json().path("figures").path("total").asLong()).isPositive();
    }

    /** A district dissolved in the 2025 reform still answers for the days it existed, and 404 for the days after. */
    @Test
    void aDistrictDissolvedInTheReformAnswersForTheYearsItExisted() {
        String province = SUITE.token("province-admin", "demo");
        String reporting = "/api/reporting/v1/units/bn_h_tan_yen";
        SuiteClient.Response then = SUITE.get(reporting + "/members?date=2020-01-01", province);
        assertThat(then.status()).as(then.body()).isEqualTo(200);
        assertThat(then.json().path("unitCode").asText()).isEqualTo("bn_h_tan_yen");
        SuiteClient.Response flows = SUITE.get(reporting + "/admissions?period=2024", province);
        assertThat(flows.status()).as(flows.body()).isEqualTo(200);
        SuiteClient.Response after = SUITE.get(reporting + "/members?date=2026-01-01", province);
        assertThat(after.status()).as(after.body()).isEqualTo(404);
        assertThat(SUITE.get(reporting + "/admissions?period=2026", province).status()).isEqualTo(404);
    }

    static final List<String> SECTIONS = List.of("members", "organisations", "admissions", "transfers", "exits",
            "meetings", "dues", "grading", "inspections", "discipline", "denunciations", "suspensions", "cadres",
            "planning", "training", "appointments");

    /** The sections of a summary in which no number above zero appears, neither for the unit nor below it. */
    static List<String> emptySections(JsonNode summary) {
        List<String> empty = new ArrayList<>();
        for (String section : SECTIONS) {
            JsonNode s = summary.path(section);
            boolean shown = positive(s.path("figures"));
            for (JsonNode child : s.path("children")) {
                shown |= positive(child.path("figures"));
            }
            if (!shown) {
                empty.add(section);
            }
        }
        return empty;
    }

    private static boolean positive(JsonNode node) {
        if (node.isNumber()) {
            return node.decimalValue().signum() > 0;
        }
        for (JsonNode child : node) {
            if (positive(child)) {
                return true;
            }
        }
        return false;
    }

    private static List<String> unitCodes(JsonNode headcount) {
        List<String> codes = new ArrayList<>();
        headcount.path("units").forEach(u -> codes.add(u.path("unitCode").asText()));
        return codes;
    }

    private static List<JsonNode> items(SuiteClient.Response response) {
        assertThat(response.status()).as(response.body()).isEqualTo(200);
        List<JsonNode> items = new ArrayList<>();
        response.json().path("items").forEach(items::add);
        return items;
    }
}
