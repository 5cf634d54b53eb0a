package vn.party.membership.orgunit;

import com.fasterxml.jackson.databind.JsonNode;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.party.contracts.EventJson;
import vn.party.contracts.EventSchemas;
import vn.party.testsupport.TestTokens;
import vn.party.testsupport.TopicProbe;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;

@QuarkusTest
class OrgUnitResourceTest {

    private static final String UNITS = "/api/membership/v1/org-units";

    /** A fresh province per test, so tests never see each other's units. */
    private String province;
    private String districtA;
    private String districtB;

    @BeforeEach
    void aProvinceWithTwoDistricts() {
        String run = UUID.randomUUID().toString().substring(0, 8);
        province = "p_" + run;
        districtA = province + "_a";
        districtB = province + "_b";
        found(provinceAdmin(), Map.of("code", province, "name", "Đảng bộ tỉnh Thử nghiệm", "kind", "PROVINCE_COMMITTEE"))
                .then().statusCode(201);
        found(provinceAdmin(), intermediate(districtA, "Đảng bộ huyện A")).then().statusCode(201);
        found(provinceAdmin(), intermediate(districtB, "Đảng bộ huyện B")).then().statusCode(201);
    }

    @Test
    void aUnitAdminFoundsUnitsBelowTheirCommitteeAndEachFoundingIsPublished() {
        String base = districtA + "_xa_1";
        Response created = found(adminOf(districtA), Map.of("code", base, "name", "Đảng bộ xã Phù Chẩn",
                "kind", "BASE_COMMITTEE", "organisationType", "COMMUNE", "parentCode", districtA,
                "foundedOn", "2025-07-01"));
        created.then().statusCode(201)
                .header("Location", org.hamcrest.Matchers.endsWith(UNITS + "/" + base))
                .header("ETag", notNullValue())
                .body("path", org.hamcrest.Matchers.contains(province, districtA, base))
                .body("parentCode", equalTo(districtA))
                .body("foundedOn", equalTo("2025-07-01"));
        found(adminOf(districtA), Map.of("code", base + "_cb1", "name", "Chi bộ thôn 1", "kind", "CELL", "parentCode", base))
                .then().statusCode(201);

        ConsumerRecord<String, String> record = TopicProbe.find("membership.events", r -> base.equals(r.key()),
                Duration.ofSeconds(30)).orElseThrow(() -> new AssertionError("no event for " + base + " on membership.events"));
        JsonNode envelope = read(record.value());
        assertThat(new String(record.headers().lastHeader("content-type").value(), StandardCharsets.UTF_8))
                .startsWith("application/cloudevents+json");
        assertThat(record.headers().lastHeader("traceparent")).isNotNull();
        assertThat(envelope.path("specversion").asText()).isEqualTo("1.0");
        assertThat(envelope.path("type").asText()).isEqualTo("membership.orgunit.founded.v1");
        assertThat(envelope.path("source").asText()).isEqualTo("/membership-service");
        assertThat(envelope.path("subject").asText()).isEqualTo(base);
        assertThat(envelope.path("id").asText()).hasSize(36);
        assertThat(EventSchemas.validate(envelope.path("dataschema").asText(), envelope.path("data"))).isEmpty();
        assertThat(envelope.path("data").path("organisationType").asText()).isEqualTo("COMMUNE");
        assertThat(envelope.path("data").path("effectiveDate").asText()).isEqualTo("2025-07-01");
    }

    @Test
    void aDistrictAdminCannotSeeOrChangeAnotherDistrict() {
        String unitOfA = districtA + "_cq";
        found(adminOf(districtA), base(unitOfA, districtA, "STATE_AGENCY")).then().statusCode(201);

        asUser(adminOf(districtB)).get(UNITS + "/" + unitOfA).then().statusCode(404)
                .contentType("application/problem+json");
        asUser(adminOf(districtB)).get(UNITS + "/" + districtA).then().statusCode(404);
        found(adminOf(districtB), base(districtB + "_x", districtA, "SCHOOL")).then().statusCode(404);
        asUser(adminOf(districtB)).contentType(ContentType.JSON).header("If-Match", "\"0\"")
                .body(Map.of("name", "Đổi tên")).post(UNITS + "/" + unitOfA + "/rename").then().statusCode(404);

        asUser(adminOf(districtB)).queryParam("limit", 500).get(UNITS).then().statusCode(200)
                .body("items.code", hasItem(districtB))
                .body("items.code", not(hasItem(unitOfA)))
                .body("items.code", not(hasItem(districtA)))
                .body("items.code", not(hasItem(province)));
        asUser(provinceAdmin()).get(UNITS + "/" + unitOfA).then().statusCode(200);
    }

    @Test
    void listsPageByCursorInTreeOrder() {
        for (int i = 1; i <= 5; i++) {
            found(adminOf(districtA), base(districtA + "_t" + i, districtA, "SCHOOL")).then().statusCode(201);
        }
        Response first = asUser(adminOf(districtA)).queryParam("limit", 4).get(UNITS);
        first.then().statusCode(200).body("items.code", org.hamcrest.Matchers.contains(
                districtA, districtA + "_t1", districtA + "_t2", districtA + "_t3"));
        String next = first.path("next");
        asUser(adminOf(districtA)).queryParam("limit", 4).queryParam("after", next).get(UNITS).then().statusCode(200)
                .body("items.code", org.hamcrest.Matchers.contains(districtA + "_t4", districtA + "_t5"))
                .body("next", org.hamcrest.Matchers.nullValue());
        asUser(adminOf(districtA)).queryParam("limit", 501).get(UNITS).then().statusCode(400)
                .body("errors.field", hasItem("limit"));
    }

    @Test
    void noTokenIs401AndAForeignIssuerIs401() {
        given().get(UNITS + "/" + province).then().statusCode(401)
                .contentType("application/problem+json")
                .header("WWW-Authenticate", org.hamcrest.Matchers.startsWith("Bearer"))
                .body("type", equalTo("https://party-suite.vn/problems/unauthenticated"));
        given().auth().oauth2(TestTokens.tokenFromAnotherIssuer("intruder", province, "province-admin"))
                .get(UNITS + "/" + province).then().statusCode(401);
    }

    @Test
    void aViewerCannotFoundUnits() {
        found(TestTokens.token("viewer", province, "viewer"), base(districtA + "_v", districtA, "SCHOOL"))
                .then().statusCode(403)
                .contentType("application/problem+json")
                .body("type", equalTo("https://party-suite.vn/problems/forbidden"));
        asUser(TestTokens.token("viewer", province, "viewer")).get(UNITS + "/" + districtA + "_v").then().statusCode(404);
    }

    @Test
    void badInputIsA400ThatNamesTheFieldsAndCreatesNothing() {
        asUser(provinceAdmin()).contentType(ContentType.JSON)
                .body(Map.of("code", "Bad-Code", "name", " ", "parentCode", districtA))
                .post(UNITS).then().statusCode(400)
                .contentType("application/problem+json")
                .body("type", equalTo("https://party-suite.vn/problems/validation"))
                .body("errors.field", hasItems("code", "name", "kind"));
        asUser(provinceAdmin()).get(UNITS + "/Bad-Code").then().statusCode(404);

        asUser(provinceAdmin()).contentType(ContentType.JSON)
                .body(Map.of("code", districtA + "_k", "name", "X", "kind", "PARISH", "parentCode", districtA))
                .post(UNITS).then().statusCode(400).body("errors.field", hasItem("kind"));
        asUser(provinceAdmin()).contentType(ContentType.JSON).body("{\"code\": ")
                .post(UNITS).then().statusCode(400).contentType("application/problem+json");
        asUser(provinceAdmin()).contentType(ContentType.JSON)
                .body(Map.of("code", districtA + "_u", "name", "X", "kind", "CELL", "parentCode", districtA, "colour", "red"))
                .post(UNITS).then().statusCode(400).body("errors.field", hasItem("colour"));
        asUser(provinceAdmin()).get(UNITS + "/" + districtA + "_k").then().statusCode(404);
    }

    @Test
    void aUnitThatCannotStandThereIsRefusedNamingTheRule() {
        found(provinceAdmin(), Map.of("code", districtA + "_c", "name", "Chi bộ", "kind", "CELL", "parentCode", districtA))
                .then().statusCode(422)
                .body("type", equalTo("https://party-suite.vn/problems/rule-violation"))
                .body("rule", equalTo("orgunit.placement"));
        found(provinceAdmin(), Map.of("code", districtA + "_b", "name", "Đảng bộ", "kind", "BASE_COMMITTEE", "parentCode", districtA))
                .then().statusCode(422).body("rule", equalTo("orgunit.organisation-type"));
        found(provinceAdmin(), intermediate(districtA, "Trùng mã")).then().statusCode(409);
        found(adminOf(districtA), Map.of("code", districtA + "_top", "name", "Tỉnh khác", "kind", "PROVINCE_COMMITTEE"))
                .then().statusCode(403);
    }

    @Test
    void aRenameNeedsTheVersionItWasReadAt() {
        Response read = asUser(provinceAdmin()).get(UNITS + "/" + districtA);
        String etag = read.header("ETag");
        assertThat(etag).isNotBlank();

        rename(districtA, null, "Đảng bộ huyện A mới").then().statusCode(428);
        rename(districtA, "*", "Đảng bộ huyện A mới").then().statusCode(428);
        rename(districtA, etag, "Đảng bộ huyện A mới").then().statusCode(200)
                .body("name", equalTo("Đảng bộ huyện A mới"))
                .header("ETag", not(equalTo(etag)));
        rename(districtA, etag, "Một tên khác").then().statusCode(409)
                .body("type", equalTo("https://party-suite.vn/problems/stale-version"));
        asUser(adminOf(districtA)).get(UNITS + "/" + districtA).then().body("name", equalTo("Đảng bộ huyện A mới"));

        TopicProbe.find("membership.events", r -> districtA.equals(r.key()) && r.value().contains("orgunit.renamed"),
                Duration.ofSeconds(30)).orElseThrow(() -> new AssertionError("no renamed event"));
    }

    @Test
    void aRepeatedIdempotencyKeyCreatesOnce() {
        String key = UUID.randomUUID().toString();
        Map<String, Object> body = base(districtA + "_idem", districtA, "HEALTH");
        Response first = asUser(adminOf(districtA)).header("Idempotency-Key", key).contentType(ContentType.JSON)
                .body(body).post(UNITS);
        first.then().statusCode(201);
        Response again = asUser(adminOf(districtA)).header("Idempotency-Key", key).contentType(ContentType.JSON)
                .body(body).post(UNITS);
        again.then().statusCode(201).header("Idempotent-Replayed", "true")
                .header("Location", first.header("Location"))
                .header("ETag", first.header("ETag"))
                .body("code", equalTo(districtA + "_idem"));
        asUser(adminOf(districtA)).header("Idempotency-Key", key).contentType(ContentType.JSON)
                .body(base(districtA + "_other", districtA, "HEALTH")).post(UNITS).then().statusCode(422)
                .body("type", equalTo("https://party-suite.vn/problems/idempotency-key-reused"));
        asUser(adminOf(districtA)).get(UNITS + "/" + districtA + "_other").then().statusCode(404);
        asUser(adminOf(districtA)).queryParam("under", districtA).queryParam("kind", "BASE_CELL").get(UNITS).then()
                .statusCode(200).body("items.code", containsInAnyOrder(districtA + "_idem"));
    }

    @Test
    void aCommitteeOfficeRenamesTheUnitsBelowItButNotItsOwn() {
        String etag = asUser(adminOf(districtA)).get(UNITS + "/" + districtA).header("ETag");
        asUser(adminOf(districtA)).contentType(ContentType.JSON).header("If-Match", etag)
                .body(Map.of("name", "Tự đổi tên")).post(UNITS + "/" + districtA + "/rename").then().statusCode(403);
        String cell = districtA + "_r";
        found(adminOf(districtA), base(cell, districtA, "SCHOOL")).then().statusCode(201);
        String cellTag = asUser(adminOf(districtA)).get(UNITS + "/" + cell).header("ETag");
        asUser(adminOf(districtA)).contentType(ContentType.JSON).header("If-Match", cellTag)
                .body(Map.of("name", "Chi bộ Trường Tiểu học Kinh Bắc")).post(UNITS + "/" + cell + "/rename")
                .then().statusCode(200).body("name", equalTo("Chi bộ Trường Tiểu học Kinh Bắc"));
        String renamedTag = asUser(adminOf(districtA)).get(UNITS + "/" + cell).header("ETag");
        asUser(adminOf(districtA)).contentType(ContentType.JSON).header("If-Match", renamedTag)
                .body(Map.of("name", "X", "effectiveOn", "0999-01-01")).post(UNITS + "/" + cell + "/rename")
                .then().statusCode(400).body("errors.field", hasItem("effectiveOn"));
        asUser(adminOf(districtA)).get(UNITS + "/" + cell).then().body("name", equalTo("Chi bộ Trường Tiểu học Kinh Bắc"));
    }

    @Test
    void badQueryParametersAreA400NamingThem() {
        asUser(provinceAdmin()).queryParam("kind", "PARISH").get(UNITS).then().statusCode(400)
                .body("errors.field", hasItem("kind"));
        asUser(provinceAdmin()).queryParam("limit", "many").get(UNITS).then().statusCode(400)
                .body("errors.field", hasItem("limit"));
        asUser(provinceAdmin()).queryParam("after", "a b..c").get(UNITS).then().statusCode(400)
                .body("errors.field", hasItem("after"));
        found(provinceAdmin(), Map.of("code", districtA + "_far", "name", "X", "kind", "BASE_CELL",
                "organisationType", "SCHOOL", "parentCode", districtA, "foundedOn", "+10000-01-01"))
                .then().statusCode(400);
        asUser(provinceAdmin()).get(UNITS + "/" + districtA + "_far").then().statusCode(404);
    }

    private Response rename(String code, String etag, String name) {
        RequestSpecification request = asUser(provinceAdmin()).contentType(ContentType.JSON).body(Map.of("name", name));
        if (etag != null) {
            request.header("If-Match", etag);
        }
        return request.post(UNITS + "/" + code + "/rename");
    }

    private Response found(String token, Map<String, ?> body) {
        return asUser(token).contentType(ContentType.JSON).body(body).post(UNITS);
    }

    private static RequestSpecification asUser(String token) {
        return given().auth().oauth2(token);
    }

    private String provinceAdmin() {
        return TestTokens.token("province-admin", province, "province-admin");
    }

    private static String adminOf(String unit) {
        return TestTokens.token("admin-of-" + unit, unit, "unit-admin");
    }

    private Map<String, Object> intermediate(String code, String name) {
        return Map.of("code", code, "name", name, "kind", "INTERMEDIATE_COMMITTEE", "parentCode", province);
    }

    private static Map<String, Object> base(String code, String parent, String type) {
        return Map.of("code", code, "name", "Chi bộ cơ sở " + code, "kind", "BASE_CELL", "organisationType", type,
                "parentCode", parent);
    }

    private static JsonNode read(String json) {
        try {
            return EventJson.mapper().readTree(json);
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }
}
