package vn.party.membership.memberimport;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.party.membership.TestTree;
import vn.party.testsupport.TopicProbe;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static vn.party.membership.TestTree.API;
import static vn.party.membership.TestTree.adminOf;
import static vn.party.membership.TestTree.as;
import static vn.party.membership.TestTree.newNationalId;
import static vn.party.membership.TestTree.person;
import static vn.party.membership.TestTree.register;

@QuarkusTest
class MemberImportResourceTest {

    private static final String IMPORTS = API + "/member-imports";
    private static final String MEMBERS = API + "/members";
    private static final String HEADER = "nationalId,fullName,dateOfBirth,sex,ethnicity,unitCode,status,admittedOn,confirmedOn\n";

    @Inject
    EntityManager em;

    private TestTree tree;

    @BeforeEach
    void aProvince() {
        tree = TestTree.plant();
    }

    @Test
    void aValidFileIsImportedInTheImportersNameAndTheRecordsAreSearchable() {
        String hoa = newNationalId();
        String tu = newNationalId();
        String csv = "\uFEFFnationalId,fullName,dateOfBirth,sex,ethnicity,unitCode,hometown,status,admittedOn,confirmedOn\r\n"
                + hoa + ",Nguyễn Thị Hoà,08/03/1985,Nữ,Kinh," + tree.cellA1 + ",\"Phường Kinh Bắc, tỉnh Bắc Ninh\",FULL,"
                + "19/05/2010,2011-05-19\r\n"
                + tu + ",\"Đỗ Văn \"\"Tư\"\"\",1990-01-02,Nam,Tày," + tree.cellA2 + ",,,,\r\n";
        Response accepted = upload(adminOf(tree.districtA), csv, "ALL_OR_NOTHING", false, "import-" + hoa);
        accepted.then().statusCode(202)
                .header("Location", containsString(IMPORTS + "/"))
                .body("totalRows", equalTo(2))
                .body("mode", equalTo("ALL_OR_NOTHING"));
        String id = accepted.path("id");
        upload(adminOf(tree.districtA), csv, "ALL_OR_NOTHING", false, "import-" + hoa).then().statusCode(202)
                .header("Idempotent-Replayed", "true").body("id", equalTo(id));

        JsonPath done = awaitDone(adminOf(tree.districtA), id);
        assertThat(done.getString("status")).isEqualTo("COMPLETED");
        assertThat(done.getInt("importedRows")).isEqualTo(2);
        assertThat(done.getInt("failedRows")).isZero();
        assertThat(done.getString("createdBy")).isEqualTo("admin-of-" + tree.districtA);

        as(adminOf(tree.districtA)).queryParam("name", "nguyen thi hoa").get(MEMBERS).then().statusCode(200)
                .body("items.unitCode", contains(tree.cellA1)).body("items.status", contains("FULL"));
        String tuId = as(adminOf(tree.districtA)).queryParam("nationalId", tu).get(MEMBERS).then()
                .body("items.fullName", contains("Đỗ Văn \"Tư\"")).extract().path("items[0].id");
        as(adminOf(tree.districtA)).get(MEMBERS + "/" + tuId).then().body("sex", equalTo("MALE"))
                .body("ethnicity", equalTo("Tày")).body("status", equalTo("CANDIDATE"));
        assertThat(auditActors("member", tuId)).containsExactly("admin-of-" + tree.districtA);
        assertThat(auditActors("member_import", id)).containsOnly("admin-of-" + tree.districtA).hasSize(2);
        TopicProbe.find("membership.events", r -> tuId.equals(r.key()) && r.value().contains("member.registered"),
                Duration.ofSeconds(30)).orElseThrow(() -> new AssertionError("no member.registered event"));
        as(adminOf(tree.districtA)).get(IMPORTS + "/" + id + "/errors").then().statusCode(200).body("items", empty());
    }

    @Test
    void rowErrorsAreReportedWithTheirRowNumbersAndAllOrNothingWritesNothing() {
        String good = newNationalId();
        String csv = HEADER
                + good + ",Trần Văn Nam,1980-01-01,MALE,Kinh," + tree.cellA1 + ",,,\n"
                + newNationalId() + ",Sai Ngày,31/02/1990,MALE,Kinh," + tree.cellA1 + ",,,\n"
                + newNationalId() + ",Thiếu Ngày,1980-01-01,FEMALE,Kinh," + tree.cellA1 + ",FULL,2010-01-01,\n"
                + newNationalId() + ",Ở Đảng Bộ,1980-01-01,FEMALE,Kinh," + tree.baseA + ",,,\n"
                + "12345,,1980-01-01,,Kinh," + tree.cellA1 + ",,,\n";
        String id = upload(adminOf(tree.districtA), csv, "ALL_OR_NOTHING", false, null).then().statusCode(202)
                .extract().path("id");

        JsonPath done = awaitDone(adminOf(tree.districtA), id);
        assertThat(done.getString("status")).isEqualTo("FAILED");
        assertThat(done.getInt("importedRows")).isZero();
        assertThat(done.getInt("failedRows")).isEqualTo(4);
        assertThat(done.getString("failure")).contains("nothing was imported");

        JsonPath errors = as(adminOf(tree.districtA)).get(IMPORTS + "/" + id + "/errors").then().statusCode(200)
                .extract().jsonPath();
        assertThat(errors.getList("items.row", Integer.class)).containsExactly(3, 4, 5, 6, 6, 6);
        assertThat(errors.getString("items.find { it.row == 3 }.column")).isEqualTo("dateOfBirth");
        assertThat(errors.getString("items.find { it.row == 3 }.rule")).isEqualTo("import.format");
        assertThat(errors.getString("items.find { it.row == 4 }.rule")).isEqualTo("member.registration");
        assertThat(errors.getString("items.find { it.row == 5 }.rule")).isEqualTo("member.cell");
        assertThat(errors.getString("items.find { it.row == 5 }.column")).isEqualTo("unitCode");
        assertThat(errors.getList("items.findAll { it.row == 6 }.column", String.class))
                .containsExactly("fullName", "nationalId", "sex");
        assertThat(errors.getList("items.findAll { it.row == 6 }.rule", String.class)).containsOnly("validation");

        as(adminOf(tree.districtA)).queryParam("limit", 2).get(IMPORTS + "/" + id + "/errors").then()
                .body("items.row", contains(3, 4)).body("next", org.hamcrest.Matchers.notNullValue());
        as(adminOf(tree.districtA)).queryParam("nationalId", good).get(MEMBERS).then().body("items", empty());
    }

    @Test
    void validRowsImportsTheGoodRowsAndReportsTheRest() {
        String good = newNationalId();
        String csv = HEADER
                + good + ",Trần Văn Nam,1980-01-01,MALE,Kinh," + tree.cellA1 + ",,,\n"
                + newNationalId() + ",Sai Ngày,31/02/1990,MALE,Kinh," + tree.cellA1 + ",,,\n";
        String id = upload(adminOf(tree.districtA), csv, "VALID_ROWS", false, null).then().statusCode(202)
                .extract().path("id");

        JsonPath done = awaitDone(adminOf(tree.districtA), id);
        assertThat(done.getString("status")).isEqualTo("COMPLETED");
        assertThat(done.getInt("importedRows")).isEqualTo(1);
        assertThat(done.getInt("failedRows")).isEqualTo(1);
        as(adminOf(tree.districtA)).get(IMPORTS + "/" + id + "/errors").then().body("items.row", contains(3));
        as(adminOf(tree.districtA)).queryParam("nationalId", good).get(MEMBERS).then().body("items", hasSize(1));
    }

    @Test
    void aDryRunChecksEveryRowAndWritesNothing() {
        String first = newNationalId();
        String csv = HEADER
                + first + ",Trần Văn Nam,1980-01-01,MALE,Kinh," + tree.cellA1 + ",,,\n"
                + newNationalId() + ",Lê Thị Lan,1982-01-01,FEMALE,Kinh," + tree.cellA2 + ",PROBATIONARY,2025-06-01,\n";
        String id = upload(adminOf(tree.districtA), csv, "VALID_ROWS", true, null).then().statusCode(202)
                .body("dryRun", equalTo(true)).extract().path("id");
        JsonPath done = awaitDone(adminOf(tree.districtA), id);
        assertThat(done.getString("status")).isEqualTo("COMPLETED");
        assertThat(done.getInt("validRows")).isEqualTo(2);
        assertThat(done.getInt("importedRows")).isZero();
        as(adminOf(tree.districtA)).queryParam("nationalId", first).get(MEMBERS).then().body("items", empty());

        String failing = upload(adminOf(tree.districtA), csv + "1234,,,,,,,,\n", "ALL_OR_NOTHING", true, null)
                .then().statusCode(202).extract().path("id");
        JsonPath refused = awaitDone(adminOf(tree.districtA), failing);
        assertThat(refused.getString("status")).isEqualTo("FAILED");
        assertThat(refused.getInt("validRows")).isEqualTo(2);
        assertThat(refused.getInt("failedRows")).isEqualTo(1);
        as(adminOf(tree.districtA)).queryParam("nationalId", first).get(MEMBERS).then().body("items", empty());
    }

    @Test
    void duplicatesInTheFileAndAgainstExistingRecordsAreRowErrors() {
        String known = newNationalId();
        register(adminOf(tree.districtA), person(known, "Phạm Văn Hùng", "1980-01-01", tree.cellA1, Map.of()));
        String elsewhere = newNationalId();
        register(adminOf(tree.districtB), person(elsewhere, "Vũ Thị Bí Mật", "1981-01-01", tree.cellB1, Map.of()));
        String twice = newNationalId();
        String fresh = newNationalId();
        String csv = HEADER
                + known + ",Phạm Văn Hùng,1980-01-01,MALE,Kinh," + tree.cellA1 + ",,,\n"
                + twice + ",Hai Lần,1980-01-01,MALE,Kinh," + tree.cellA1 + ",,,\n"
                + twice + ",Hai Lần,1980-01-01,MALE,Kinh," + tree.cellA2 + ",,,\n"
                + fresh + ",Mới Toanh,1980-01-01,MALE,Kinh," + tree.cellA2 + ",,,\n"
                + elsewhere + ",Vũ Thị Bí Mật,1981-01-01,FEMALE,Kinh," + tree.cellA2 + ",,,\n";
        String id = upload(adminOf(tree.districtA), csv, "VALID_ROWS", false, null).then().statusCode(202)
                .extract().path("id");

        JsonPath done = awaitDone(adminOf(tree.districtA), id);
        assertThat(done.getInt("importedRows")).isEqualTo(1);
        assertThat(done.getInt("failedRows")).isEqualTo(4);
        JsonPath errors = as(adminOf(tree.districtA)).get(IMPORTS + "/" + id + "/errors").then().extract().jsonPath();
        assertThat(errors.getList("items.row", Integer.class)).containsExactly(2, 3, 4, 6);
        assertThat(errors.getString("items.find { it.row == 2 }.message")).contains("already has a record");
        assertThat(errors.getString("items.find { it.row == 2 }.rule")).isEqualTo("member.existing-record");
        assertThat(errors.getString("items.find { it.row == 3 }.rule")).isEqualTo("import.duplicate-in-file");
        assertThat(errors.getString("items.find { it.row == 3 }.message")).contains("row 4");
        assertThat(errors.getString("items.find { it.row == 6 }.message")).contains("already has a record")
                .doesNotContain("Bí Mật").doesNotContain(tree.cellB1);
        as(adminOf(tree.districtA)).queryParam("nationalId", fresh).get(MEMBERS).then().body("items", hasSize(1));
        as(adminOf(tree.districtA)).queryParam("nationalId", twice).get(MEMBERS).then().body("items", empty());
    }

    @Test
    void aUnitOutsideTheCallersSubtreeIsARowErrorThatRevealsNothingAboutIt() {
        String csv = HEADER
                + newNationalId() + ",Ngoài Phạm Vi,1980-01-01,MALE,Kinh," + tree.cellB1 + ",,,\n"
                + newNationalId() + ",Không Có Đơn Vị,1980-01-01,MALE,Kinh," + tree.province + "_nowhere,,,\n";
        String id = upload(adminOf(tree.districtA), csv, "VALID_ROWS", false, null).then().statusCode(202)
                .extract().path("id");
        JsonPath done = awaitDone(adminOf(tree.districtA), id);
        assertThat(done.getInt("failedRows")).isEqualTo(2);
        JsonPath errors = as(adminOf(tree.districtA)).get(IMPORTS + "/" + id + "/errors").then().extract().jsonPath();
        assertThat(errors.getList("items.rule", String.class)).containsOnly("import.unit-not-found");
        assertThat(errors.getList("items.column", String.class)).containsOnly("unitCode");
        assertThat(errors.getString("items[0].message").replace(tree.cellB1, "X"))
                .isEqualTo(errors.getString("items[1].message").replace(tree.province + "_nowhere", "X"));
        as(tree.provinceAdmin()).queryParam("unit", tree.cellB1).get(MEMBERS).then().body("items", empty());
    }

    @Test
    void aLargeFileShowsItsProgressAndCompletes() {
        StringBuilder csv = new StringBuilder(HEADER);
        String prefix = newNationalId().substring(0, 7);
        for (int i = 0; i < 2000; i++) {
            csv.append(prefix).append(String.format("%05d", i)).append(",Nguyễn Văn Số ").append(i)
                    .append(",1980-01-01,MALE,Kinh,").append(i % 2 == 0 ? tree.cellA1 : tree.cellA2).append(",,,\n");
        }
        long started = System.nanoTime();
        String id = upload(adminOf(tree.districtA), csv.toString(), "VALID_ROWS", false, null).then().statusCode(202)
                .body("totalRows", equalTo(2000)).extract().path("id");

        List<Integer> seen = new ArrayList<>();
        await().atMost(Duration.ofMinutes(4)).pollInterval(Duration.ofMillis(100)).until(() -> {
            JsonPath job = as(adminOf(tree.districtA)).get(IMPORTS + "/" + id).then().statusCode(200).extract().jsonPath();
            seen.add(job.getInt("processedRows"));
            return List.of("COMPLETED", "FAILED").contains(job.getString("status"));
        });
        JsonPath done = as(adminOf(tree.districtA)).get(IMPORTS + "/" + id).then().extract().jsonPath();
        long ms = (System.nanoTime() - started) / 1_000_000;
        org.jboss.logging.Logger.getLogger(MemberImportResourceTest.class)
                .infof("import: 2000 rows (VALID_ROWS) in %d ms, %d rows/s", ms, 2000_000 / Math.max(1, ms));
        assertThat(done.getString("status")).isEqualTo("COMPLETED");
        assertThat(done.getInt("importedRows")).isEqualTo(2000);
        assertThat(seen).isSorted().last().isEqualTo(2000);
        assertThat(seen).as("progress seen between start and end").anyMatch(p -> p > 0 && p < 2000);
        as(adminOf(tree.districtA)).queryParam("name", "nguyen van so 1999").get(MEMBERS).then()
                .body("items.unitCode", hasItem(tree.cellA2));
    }

    @Test
    void onlyAdminsImportAndAnotherDistrictCannotSeeTheJob() {
        String csv = HEADER + newNationalId() + ",Trần Văn Nam,1980-01-01,MALE,Kinh," + tree.cellA1 + ",,,\n";
        upload(TestTree.viewerOf(tree.province), csv, "VALID_ROWS", false, null).then().statusCode(403);
        upload(TestTree.inspectorOf(tree.province), csv, "VALID_ROWS", false, null).then().statusCode(403);
        String id = upload(adminOf(tree.districtA), csv, "VALID_ROWS", false, null).then().statusCode(202)
                .extract().path("id");

        as(adminOf(tree.districtB)).get(IMPORTS + "/" + id).then().statusCode(404).contentType("application/problem+json");
        as(adminOf(tree.districtB)).get(IMPORTS + "/" + id + "/errors").then().statusCode(404);
        as(TestTree.viewerOf(tree.province)).get(IMPORTS + "/" + id).then().statusCode(403);
        as(tree.provinceAdmin()).get(IMPORTS + "/" + id).then().statusCode(200);
        as(adminOf(tree.districtA)).get(IMPORTS + "/not-a-uuid").then().statusCode(404);
        awaitDone(adminOf(tree.districtA), id);
    }

    @Test
    void aFileTheImportCannotReadIsA400AtOnce() {
        String row = newNationalId() + ",Trần Văn Nam,1980-01-01,MALE,Kinh," + tree.cellA1 + "\n";
        upload(adminOf(tree.districtA), "nationalId,fullname2,dateOfBirth,sex,ethnicity,unitCode\n" + row, null, false, null)
                .then().statusCode(400).contentType("application/problem+json")
                .body("errors.field", contains("header")).body("detail", containsString("fullname2"));
        upload(adminOf(tree.districtA), "nationalId,dateOfBirth,sex,ethnicity,unitCode\n" + row, null, false, null)
                .then().statusCode(400).body("detail", containsString("fullName"));
        upload(adminOf(tree.districtA), "nationalId,fullName,dateOfBirth,sex,ethnicity,unitCode\n"
                + "1,\"Nam\"x,1980-01-01,MALE,Kinh,a\n", null, false, null)
                .then().statusCode(400).body("detail", containsString("quote"));
        upload(adminOf(tree.districtA), "", null, false, null).then().statusCode(400);
        upload(adminOf(tree.districtA), "nationalId,fullName,dateOfBirth,sex,ethnicity,unitCode\n" + row, "SOMETIMES", false, null)
                .then().statusCode(400).body("errors.field", contains("mode"));
        as(adminOf(tree.districtA)).contentType("text/csv").body(new byte[]{'n', (byte) 0xC3, (byte) 0x28, '\n'})
                .post(IMPORTS).then().statusCode(400).body("detail", containsString("UTF-8"));
        as(adminOf(tree.districtA)).contentType("application/json").body("{}").post(IMPORTS).then().statusCode(415);
        byte[] huge = new byte[64 * 1024 * 1024 + 1];
        java.util.Arrays.fill(huge, (byte) 'a');
        as(adminOf(tree.districtA)).contentType("text/csv").body(huge).post(IMPORTS).then().statusCode(413)
                .contentType("application/problem+json").body("type", containsString("payload-too-large"))
                .body("detail", containsString("64 MB"));
    }

    @Test
    void aFileAboveTheOldTwentyMegabyteLimitIsImportedWhole() {
        // rows as long as the columns allow (a province's file of 230,000 members is ~55 MB): ~21 MB in ~20,000 rows
        String hometown = longest("Thôn Đông Khê, xã Đức Thắng, huyện Hiệp Hòa, tỉnh Bắc Giang; ");
        String qualification = longest("Cử nhân Quản lý nhà nước, Thạc sĩ Kinh tế phát triển; ");
        String occupation = longest("Công chức Ủy ban nhân dân xã, kiêm nhiệm công tác Mặt trận; ");
        StringBuilder csv = new StringBuilder("nationalId,fullName,dateOfBirth,sex,ethnicity,hometown,"
                + "professionalQualification,occupation,unitCode\n");
        String prefix = newNationalId().substring(0, 7);
        int rows = 0;
        while (csv.toString().getBytes(StandardCharsets.UTF_8).length <= 21 * 1024 * 1024) {
            for (int k = 0; k < 1000; k++, rows++) {
                csv.append(prefix).append(String.format("%05d", rows)).append(",Đặng Thị Hường ").append(rows)
                        .append(",1979-04-30,FEMALE,Kinh,\"").append(hometown).append("\",\"").append(qualification)
                        .append("\",\"").append(occupation).append("\",").append(rows % 2 == 0 ? tree.cellA1 : tree.cellA2)
                        .append('\n');
            }
        }
        assertThat(csv.toString().getBytes(StandardCharsets.UTF_8).length).isGreaterThan(21 * 1024 * 1024);

        String id = upload(adminOf(tree.districtA), csv.toString(), "VALID_ROWS", false, null).then().statusCode(202)
                .body("totalRows", equalTo(rows)).extract().path("id");
        JsonPath done = awaitDone(adminOf(tree.districtA), id, Duration.ofMinutes(5));

        assertThat(done.getString("status")).isEqualTo("COMPLETED");
        assertThat(done.getInt("importedRows")).isEqualTo(rows);
        assertThat(done.getInt("failedRows")).isZero();
        String last = prefix + String.format("%05d", rows - 1);
        String memberId = as(adminOf(tree.districtA)).queryParam("nationalId", last).get(MEMBERS).then().statusCode(200)
                .body("items", hasSize(1)).extract().path("items[0].id");
        as(adminOf(tree.districtA)).get(MEMBERS + "/" + memberId).then().statusCode(200)
                .body("hometown", equalTo(hometown)).body("occupation", equalTo(occupation));
    }

    /** The phrase repeated to the 255 characters a text column of POST /members takes. */
    private static String longest(String phrase) {
        return phrase.repeat(255 / phrase.length() + 1).substring(0, 255).trim();
    }

    private static Response upload(String token, String csv, String mode, boolean dryRun, String idempotencyKey) {
        var request = as(token).contentType("text/csv; charset=UTF-8").body(csv.getBytes(StandardCharsets.UTF_8))
                .queryParam("dryRun", dryRun);
        if (mode != null) {
            request = request.queryParam("mode", mode);
        }
        if (idempotencyKey != null) {
            request = request.header("Idempotency-Key", idempotencyKey);
        }
        return request.post(IMPORTS);
    }

    private static JsonPath awaitDone(String token, String id) {
        return awaitDone(token, id, Duration.ofMinutes(2));
    }

    private static JsonPath awaitDone(String token, String id, Duration limit) {
        await().atMost(limit).pollInterval(Duration.ofMillis(200)).until(() -> List.of("COMPLETED", "FAILED")
                .contains(as(token).get(IMPORTS + "/" + id).then().statusCode(200).extract().<String>path("status")));
        return as(token).get(IMPORTS + "/" + id).then().extract().jsonPath();
    }

    @SuppressWarnings("unchecked")
    private List<String> auditActors(String entityType, String entityId) {
        return QuarkusTransaction.requiringNew().call(() -> em.createNativeQuery(
                        "select actor from audit_log where entity_type = ?1 and entity_id = ?2 order by id")
                .setParameter(1, entityType).setParameter(2, entityId).getResultList());
    }
}
