package vn.party.cadre;

import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import vn.party.contracts.OrganisationType;
import vn.party.contracts.UnitKind;
import vn.party.contracts.membership.OrgUnitDissolved;
import vn.party.contracts.membership.OrgUnitFounded;
import vn.party.orgreplica.OrgUnitReplica;
import vn.party.testsupport.TestTokens;

import java.time.Duration;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static vn.party.testsupport.MembershipEventsFixture.publish;

/**
 * A fresh province per test, founded through membership.events as membership-service would: two committees
 * directly under the province (a, b), a commune committee under each (a1, b1) and a cell under a1.
 */
public final class CadreTree {

    public static final String API = "/api/cadre/v1";
    /** The day every unit of the planted tree was founded. */
    public static final LocalDate FOUNDED = LocalDate.of(2010, 1, 1);
    private static final AtomicLong IDS = new AtomicLong(System.nanoTime() % 1_000_000_000L);

    public final String province;
    public final String a;
    public final String b;
    public final String a1;
    public final String a1cell;
    public final String b1;

    private CadreTree(String prefix) {
        province = prefix;
        a = prefix + "_a";
        b = prefix + "_b";
        a1 = a + "_x1";
        a1cell = a1 + "_c1";
        b1 = b + "_x1";
    }

    public static CadreTree plant() {
        CadreTree t = new CadreTree("c" + UUID.randomUUID().toString().replace("-", "").substring(0, 10));
        // before every act the tests date (the earliest appointments are of 2016): acts before a unit's founding are refused
        LocalDate d = FOUNDED;
        publish(new OrgUnitFounded(t.province, "Đảng bộ tỉnh", UnitKind.PROVINCE_COMMITTEE, null, null, List.of(t.province), d));
        publish(new OrgUnitFounded(t.a, "Đảng bộ A", UnitKind.INTERMEDIATE_COMMITTEE, null, t.province, List.of(t.province, t.a), d));
        publish(new OrgUnitFounded(t.b, "Đảng bộ B", UnitKind.INTERMEDIATE_COMMITTEE, null, t.province, List.of(t.province, t.b), d));
        publish(new OrgUnitFounded(t.a1, "Đảng bộ xã A1", UnitKind.BASE_COMMITTEE, OrganisationType.COMMUNE_WARD, t.a,
                List.of(t.province, t.a, t.a1), d));
        publish(new OrgUnitFounded(t.a1cell, "Chi bộ thôn 1", UnitKind.CELL, null, t.a1, List.of(t.province, t.a, t.a1, t.a1cell), d));
        publish(new OrgUnitFounded(t.b1, "Đảng bộ xã B1", UnitKind.BASE_COMMITTEE, OrganisationType.COMMUNE_WARD, t.b,
                List.of(t.province, t.b, t.b1), d));
        await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(200)).until(() ->
                as(t.provinceAdmin()).queryParam("unit", t.a1cell).get(API + "/profiles").statusCode() == 200
                        && as(t.provinceAdmin()).queryParam("unit", t.b1).get(API + "/profiles").statusCode() == 200);
        return t;
    }

    /** A cell of a1 founded on {@code on}, once it has reached the tree replica; returns its code. */
    public String cellOfA1FoundedOn(LocalDate on, OrgUnitReplica units) {
        String code = a1 + "_n" + UUID.randomUUID().toString().substring(0, 4);
        publish(new OrgUnitFounded(code, "Chi bộ mới", UnitKind.CELL, null, a1, List.of(province, a, a1, code), on));
        await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(200))
                .until(() -> io.quarkus.narayana.jta.QuarkusTransaction.requiringNew().call(() -> units.find(code).isPresent()));
        return code;
    }

    /** Membership dissolves b1 on {@code on}; returns once the tree replica knows. */
    public void dissolveB1(LocalDate on, OrgUnitReplica units) {
        publish(new OrgUnitDissolved(b1, List.of(province, b, b1), on));
        await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(200))
                .until(() -> io.quarkus.narayana.jta.QuarkusTransaction.requiringNew()
                        .call(() -> units.find(b1).map(u -> on.equals(u.dissolvedOn())).orElse(false)));
    }

    public String provinceAdmin() {
        return TestTokens.token("padmin-" + province, province, "province-admin");
    }

    public static String organiserOf(String unit) {
        return TestTokens.token("org-" + unit, unit, "organiser");
    }

    public static String unitAdminOf(String unit) {
        return TestTokens.token("uadmin-" + unit, unit, "unit-admin");
    }

    public static RequestSpecification as(String token) {
        return given().auth().oauth2(token).contentType(ContentType.JSON);
    }

    public static String newNationalId() {
        return String.format("%012d", IDS.incrementAndGet() % 1_000_000_000_000L);
    }

    public static Map<String, Object> person(String unit, String name, String born, String sex, String ethnicity) {
        Map<String, Object> body = new HashMap<>();
        body.put("unitCode", unit);
        body.put("nationalId", newNationalId());
        body.put("fullName", name);
        body.put("dateOfBirth", born);
        body.put("sex", sex);
        body.put("ethnicity", ethnicity);
        body.put("politicalTheory", "INTERMEDIATE");
        body.put("stateManagement", "NONE");
        return body;
    }

    /** Creates a profile as the unit's organiser; returns its id. */
    public static String cadre(String unit, String name, String born, String sex) {
        return cadre(unit, person(unit, name, born, sex, "KINH"));
    }

    public static String cadre(String unit, Map<String, Object> body) {
        return as(organiserOf(unit)).body(body).post(API + "/profiles").then().statusCode(201).extract().path("id");
    }

    /** Adds a post to the unit's catalogue; returns its id. */
    public static String position(String unit, String kind, int seats) {
        return as(organiserOf(unit)).body(Map.of("unitCode", unit, "kind", kind, "title", kind + " " + unit, "seats", seats))
                .post(API + "/positions").then().statusCode(201).extract().path("id");
    }

    /** Appoints the cadre; returns the holding id. */
    public static String appoint(String unit, String positionId, String cadreId, String method, String on) {
        return as(organiserOf(unit)).body(Map.of("cadreId", cadreId, "method", method, "decisionNumber", "1-QĐ/TU",
                        "effectiveOn", on))
                .post(API + "/positions/" + positionId + "/holders").then().statusCode(201).extract().path("holdingId");
    }
}
