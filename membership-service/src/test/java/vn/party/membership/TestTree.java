package vn.party.membership;

import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import vn.party.testsupport.TestTokens;

import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

import static io.restassured.RestAssured.given;

/**
 * A fresh province for one test, founded through the API: two district committees, each with a base
 * committee (two cells under A's, one under B's). Codes are unique per run, so tests never see each other.
 */
public final class TestTree {

    public static final String API = "/api/membership/v1";

    public final String province;
    public final String districtA;
    public final String districtB;
    public final String baseA;
    public final String cellA1;
    public final String cellA2;
    public final String baseB;
    public final String cellB1;

    private TestTree(String run) {
        province = "p_" + run;
        districtA = province + "_a";
        districtB = province + "_b";
        baseA = districtA + "_xa";
        cellA1 = baseA + "_cb1";
        cellA2 = baseA + "_cb2";
        baseB = districtB + "_xa";
        cellB1 = baseB + "_cb1";
    }

    public static TestTree plant() {
        TestTree t = new TestTree(UUID.randomUUID().toString().substring(0, 8));
        t.found(t.province, "Đảng bộ tỉnh Thử nghiệm", "PROVINCE_COMMITTEE", null, null);
        t.found(t.districtA, "Đảng bộ huyện A", "INTERMEDIATE_COMMITTEE", null, t.province);
        t.found(t.districtB, "Đảng bộ huyện B", "INTERMEDIATE_COMMITTEE", null, t.province);
        t.found(t.baseA, "Đảng bộ xã Phù Chẩn", "BASE_COMMITTEE", "COMMUNE", t.districtA);
        t.found(t.cellA1, "Chi bộ thôn Đông", "CELL", null, t.baseA);
        t.found(t.cellA2, "Chi bộ thôn Tây", "CELL", null, t.baseA);
        t.found(t.baseB, "Đảng bộ phường Kinh Bắc", "BASE_COMMITTEE", "WARD", t.districtB);
        t.found(t.cellB1, "Chi bộ khu phố 1", "CELL", null, t.baseB);
        return t;
    }

    public void found(String code, String name, String kind, String organisationType, String parent) {
        Map<String, Object> body = new HashMap<>(Map.of("code", code, "name", name, "kind", kind, "foundedOn", "2020-01-01"));
        if (organisationType != null) {
            body.put("organisationType", organisationType);
        }
        if (parent != null) {
            body.put("parentCode", parent);
        }
        as(provinceAdmin()).contentType(ContentType.JSON).body(body).post(API + "/org-units").then().statusCode(201);
    }

    public String provinceAdmin() {
        return TestTokens.token("province-admin", province, "province-admin");
    }

    public static String adminOf(String unit) {
        return TestTokens.token("admin-of-" + unit, unit, "unit-admin");
    }

    public static String inspectorOf(String unit) {
        return TestTokens.token("inspector-of-" + unit, unit, "inspector");
    }

    public static String viewerOf(String unit) {
        return TestTokens.token("viewer-of-" + unit, unit, "viewer");
    }

    public static RequestSpecification as(String token) {
        return given().auth().oauth2(token);
    }

    /** A national ID no other test uses: 12 digits. */
    public static String newNationalId() {
        return String.format("%012d", ThreadLocalRandom.current().nextLong(1_000_000_000L, 999_999_999_999L));
    }

    /** A request body for a new member record; {@code extra} adds or overrides fields. */
    public static Map<String, Object> person(String nationalId, String name, String birth, String unit, Map<String, Object> extra) {
        Map<String, Object> body = new HashMap<>(Map.of("nationalId", nationalId, "fullName", name, "dateOfBirth", birth,
                "sex", "FEMALE", "ethnicity", "Kinh", "unitCode", unit));
        body.putAll(extra);
        return body;
    }

    /** Opens a record as the unit's admin and returns its id. */
    public static String register(String token, Map<String, Object> body) {
        return as(token).contentType(ContentType.JSON).body(body).post(API + "/members").then().statusCode(201)
                .extract().path("id");
    }
}
