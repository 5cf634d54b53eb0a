package vn.party.cadre.hr;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.party.cadre.CadreTree;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static vn.party.cadre.CadreTree.API;
import static vn.party.cadre.CadreTree.as;
import static vn.party.cadre.CadreTree.newNationalId;
import static vn.party.cadre.CadreTree.organiserOf;
import static vn.party.cadre.CadreTree.unitAdminOf;

/** Offices that exchange files import the HR system's CSV export: the sync's upsert, row by row, within their subtree. */
@QuarkusTest
class HrImportTest {

    private static final String IMPORTS = API + "/hr-imports";
    private static final String HEADER = "nationalId,civilServantCode,fullName,dateOfBirth,sex,ethnicity,unitCode,politicalTheory,"
            + "stateManagement,salaryGrade,salaryCoefficient,salaryBaseDong,salaryEffectiveFrom,Ghi chú\n";

    private CadreTree tree;

    @BeforeEach
    void aProvince() {
        tree = CadreTree.plant();
    }

    private static String code() {
        return "CC-" + UUID.randomUUID().toString().substring(0, 8);
    }

    private static String row(String nid, String code, String name, String unit) {
        return String.join(",", nid, code, name, "1984-05-19", "FEMALE", "KINH", unit, "INTERMEDIATE", "SPECIALIST", "01.003",
                "4.68", "10951200", "2026-07-01", "\"ghi chú, có dấu phẩy\"") + "\n";
    }

    private static io.restassured.response.Response upload(String token, String csv) {
        return given().auth().oauth2(token).contentType("text/csv").body(csv.getBytes(StandardCharsets.UTF_8)).post(IMPORTS);
    }

    private ValidatableResponse importAndFinish(String token, String csv) {
        String id = upload(token, csv).then().statusCode(202).body("status", equalTo("RUNNING")).extract().path("id");
        await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(200)).until(() ->
                !"RUNNING".equals(as(token).get(IMPORTS + "/" + id).then().extract().path("status")));
        return as(token).get(IMPORTS + "/" + id).then().statusCode(200);
    }

    @Test
    void anOfficesCsvExportIsUpsertedByNationalIdAndASecondImportChangesNothing() {
        String organiser = organiserOf(tree.a);
        String known = newNationalId();
        Map<String, Object> body = CadreTree.person(tree.a1, "Phạm Thị Hằng", "1984-05-19", "FEMALE", "KINH");
        body.put("nationalId", known);
        String existing = CadreTree.cadre(tree.a1, body);
        String csv = "\uFEFF" + HEADER + row(known, code(), "Phạm Thị Hằng", tree.a1) + row(newNationalId(), code(), "Lê Văn Nam", tree.a1cell)
                + "\n" + row(newNationalId(), code(), "Đỗ Thị Mai", tree.a1);
        importAndFinish(organiser, csv).body("status", equalTo("SUCCEEDED")).body("totalRows", equalTo(3))
                .body("processed", equalTo(3)).body("created", equalTo(2)).body("updated", equalTo(1)).body("skipped", equalTo(0))
                .body("unitCode", equalTo(tree.a));
        as(organiser).get(API + "/profiles/" + existing).then().statusCode(200).body("source", equalTo("HR_SYSTEM"))
                .body("salaryGrade", equalTo("01.003")).body("nationalId", equalTo(known));
        as(organiser).queryParam("unit", tree.a1).queryParam("name", "Phạm Thị Hằng").get(API + "/profiles").then()
                .body("items", hasSize(1));
        importAndFinish(organiser, csv).body("status", equalTo("SUCCEEDED")).body("unchanged", equalTo(3))
                .body("created", equalTo(0));
        as(organiser).get(IMPORTS).then().statusCode(200).body("", hasSize(2));
    }

    @Test
    void theCsvCarriesCivilServicePositionsInOneCell() {
        String organiser = organiserOf(tree.a);
        String nid = newNationalId();
        String header = "nationalId,fullName,dateOfBirth,sex,ethnicity,unitCode,positions\n";
        String csv = header + nid + ",Cao Thị Bình,1984-05-19,FEMALE,KINH," + tree.a1
                + ",\"Chuyên viên|Phòng Nội vụ, huyện A|2010-01-01|2015-12-31|01.003; Trưởng phòng|Phòng Nội vụ|2016-01-01||01.002\"\n"
                + newNationalId() + ",Sai Vị Trí,1984-05-19,FEMALE,KINH," + tree.a1 + ",Chuyên viên|Phòng Nội vụ|01/01/2010\n";
        String id = importAndFinish(organiser, csv).body("status", equalTo("PARTIAL")).body("created", equalTo(1))
                .body("skipped", equalTo(1)).extract().path("id");
        as(organiser).get(IMPORTS + "/" + id + "/issues").then().body("items[0].reason", containsString("positions[0].from"));
        as(organiser).queryParam("unit", tree.a1).queryParam("name", "Cao Thị Bình").get(API + "/profiles").then()
                .body("items[0].hrPositions.title", org.hamcrest.Matchers.contains("Chuyên viên", "Trưởng phòng"))
                .body("items[0].hrPositions[0].organisation", equalTo("Phòng Nội vụ, huyện A"))
                .body("items[0].hrPositions[1].to", org.hamcrest.Matchers.nullValue())
                .body("items[0].hrPositions[1].salaryGrade", equalTo("01.002"));
        importAndFinish(organiser, csv).body("unchanged", equalTo(1)).body("created", equalTo(0));
    }

    @Test
    void malformedRowsAreReportedAndSkippedAndTheRestIsStored() {
        String organiser = organiserOf(tree.a);
        String badDate = newNationalId();
        String csv = HEADER + row(newNationalId(), code(), "Đúng", tree.a1)
                + row(badDate, "CC-bad-date", "Sai ngày", tree.a1).replace("1984-05-19", "19/05/1984")
                + row("", "CC-no-id", "Thiếu số", tree.a1)
                + row(newNationalId(), "CC-bad-sex", "Giới tính lạ", tree.a1).replace("FEMALE", "X")
                + row(newNationalId(), "CC-bad-pay", "Lương lạ", tree.a1).replace("10951200", "mười triệu");
        String id = importAndFinish(organiser, csv).body("status", equalTo("PARTIAL")).body("created", equalTo(1))
                .body("skipped", equalTo(4)).extract().path("id");
        as(organiser).get(IMPORTS + "/" + id + "/issues").then().statusCode(200).body("items", hasSize(4))
                .body("items[0].row", equalTo(3)).body("items[0].recordRef", equalTo("civilServantCode CC-bad-date"))
                .body("items[0].reason", containsString("dateOfBirth"))
                .body("items[1].row", equalTo(4)).body("items[1].reason", containsString("nationalId"))
                .body("items[2].reason", containsString("sex"))
                .body("items[3].reason", containsString("salaryBaseDong"))
                .body("items.reason", everyItem(not(containsString(badDate))));
        as(organiser).queryParam("limit", "2").get(IMPORTS + "/" + id + "/issues").then().body("items", hasSize(2))
                .body("next", org.hamcrest.Matchers.notNullValue());
    }

    @Test
    void anOrganiserImportsOnlyIntoTheirSubtreeAndSeesOnlyTheirImports() {
        String nid = newNationalId();
        Map<String, Object> body = CadreTree.person(tree.b1, "Vũ Văn Tùng", "1980-02-02", "MALE", "KINH");
        body.put("nationalId", nid);
        String inB = CadreTree.cadre(tree.b1, body);
        String organiserA = organiserOf(tree.a);
        String csv = HEADER + row(newNationalId(), code(), "Sang huyện khác", tree.b1) + row(nid, code(), "Vũ Văn Tùng", tree.a1)
                + row(newNationalId(), code(), "Không có đơn vị", "nowhere_x");
        String id = importAndFinish(organiserA, csv).body("status", equalTo("PARTIAL")).body("skipped", equalTo(3))
                .body("created", equalTo(0)).extract().path("id");
        as(organiserA).get(IMPORTS + "/" + id + "/issues").then()
                .body("items[0].reason", equalTo("unit " + tree.b1 + " is not a unit of your subtree"))
                .body("items[1].reason", containsString("outside your subtree"))
                .body("items[2].reason", equalTo("unit nowhere_x is not a unit of your subtree"));
        // the other committee's cadre is where it was, untouched
        as(organiserOf(tree.b)).get(API + "/profiles/" + inB).then().statusCode(200).body("unitCode", equalTo(tree.b1))
                .body("source", equalTo("MANUAL"));
        as(organiserOf(tree.b)).get(IMPORTS + "/" + id).then().statusCode(404);
        as(organiserOf(tree.b)).get(IMPORTS + "/" + id + "/issues").then().statusCode(404);
        as(organiserOf(tree.b)).get(IMPORTS).then().statusCode(200).body("id", not(hasItem(id)));
        as(tree.provinceAdmin()).get(IMPORTS).then().statusCode(200).body("id", hasItem(id));
    }

    @Test
    void aFileTheImportCannotReadIsRefusedAtOnceAndOnlyOrganisersImport() {
        String organiser = organiserOf(tree.a);
        upload(organiser, "fullName,unitCode\nAi đó," + tree.a1 + "\n").then().statusCode(400)
                .body("errors[0].field", equalTo("header")).body("errors[0].message", containsString("nationalId"));
        upload(organiser, HEADER).then().statusCode(400).body("errors[0].field", equalTo("body"));
        upload(organiser, HEADER + "\"unclosed,quote\n").then().statusCode(400);
        given().auth().oauth2(organiser).contentType("text/csv").body(new byte[] {(byte) 0xC3, (byte) 0x28, 'a', '\n'})
                .post(IMPORTS).then().statusCode(400).body("errors[0].message", containsString("UTF-8"));
        upload(unitAdminOf(tree.a), HEADER + row(newNationalId(), code(), "Ai đó", tree.a1)).then().statusCode(403);
        as(organiser).get(IMPORTS + "/" + UUID.randomUUID()).then().statusCode(404);
    }
}
