package vn.party.membership.member;

import com.fasterxml.jackson.databind.JsonNode;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.party.contracts.EventJson;
import vn.party.contracts.EventSchemas;
import vn.party.membership.TestTree;
import vn.party.testsupport.TopicProbe;

import java.time.Duration;
import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static vn.party.membership.TestTree.API;
import static vn.party.membership.TestTree.adminOf;
import static vn.party.membership.TestTree.as;
import static vn.party.membership.TestTree.newNationalId;
import static vn.party.membership.TestTree.person;
import static vn.party.membership.TestTree.register;

@QuarkusTest
class MemberResourceTest {

    private static final String MEMBERS = API + "/members";

    @Inject
    MemberService memberService;

    private TestTree tree;

    @BeforeEach
    void aProvince() {
        tree = TestTree.plant();
    }

    @Test
    void aFullMemberFromPaperWithoutAConfirmationDateIsAcceptedFlaggedAndCounted() {
        Map<String, Object> paper = person(newNationalId(), "Đỗ Văn Hồ Sơ", "1950-01-01", tree.cellA1,
                Map.of("status", "FULL", "admittedOn", "1975-05-01"));
        as(adminOf(tree.districtA)).contentType(ContentType.JSON).body(paper).post(MEMBERS).then().statusCode(422)
                .body("rule", equalTo("member.registration"));
        Map<String, Object> fromPaper = new java.util.HashMap<>(paper);
        fromPaper.put("fromPaper", true);
        String id = register(adminOf(tree.districtA), fromPaper);
        as(adminOf(tree.districtA)).get(MEMBERS + "/" + id).then().statusCode(200)
                .body("status", equalTo("FULL")).body("fromPaper", equalTo(true))
                .body("confirmationDateUnknown", equalTo(true)).body("confirmedOn", org.hamcrest.Matchers.nullValue());
        as(TestTree.viewerOf(tree.province)).queryParam("date", "2020-01-01").get(API + "/headcounts/" + tree.cellA1).then()
                .statusCode(200).body("total", equalTo(1));
    }

    @Test
    void aUnitAdminOpensARecordAndItIsPublishedWithoutTheNationalId() {
        String nationalId = newNationalId();
        Response created = as(adminOf(tree.districtA)).contentType(ContentType.JSON)
                .body(person(nationalId, "Nguyễn Thị Hoa", "1985-03-08", tree.cellA1,
                        Map.of("status", "FULL", "admittedOn", "2010-05-19", "confirmedOn", "2011-05-19",
                                "partyCardNumber", "C" + nationalId.substring(4), "politicalTheory", "INTERMEDIATE")))
                .post(MEMBERS);
        created.then().statusCode(201)
                .header("Location", containsString(MEMBERS + "/"))
                .header("ETag", equalTo("\"0\""))
                .body("status", equalTo("FULL"))
                .body("unitCode", equalTo(tree.cellA1))
                .body("nationalId", equalTo(nationalId))
                .body("statusSince", equalTo("2011-05-19"));
        String id = created.path("id");

        ConsumerRecord<String, String> record = TopicProbe.find("membership.events",
                r -> id.equals(r.key()) && r.value().contains("member.registered"), Duration.ofSeconds(30))
                .orElseThrow(() -> new AssertionError("no member.registered event"));
        assertThat(record.value()).doesNotContain(nationalId);
        JsonNode envelope = read(record.value());
        assertThat(EventSchemas.validate(envelope.path("dataschema").asText(), envelope.path("data"))).isEmpty();
        assertThat(envelope.path("data").path("path").toString()).contains(tree.districtA, tree.cellA1);
        assertThat(envelope.path("data").path("status").asText()).isEqualTo("FULL");
    }

    @Test
    void aSecondRecordForTheSamePersonIsRefusedLinkingTheFirstOnlyInsideTheCallersScope() {
        String nationalId = newNationalId();
        String id = register(adminOf(tree.districtA), person(nationalId, "Trần Văn Nam", "1990-01-01", tree.cellA1, Map.of()));

        as(adminOf(tree.districtA)).contentType(ContentType.JSON)
                .body(person(nationalId, "Trần Văn Nam", "1990-01-01", tree.cellA2, Map.of())).post(MEMBERS)
                .then().statusCode(409)
                .contentType("application/problem+json")
                .body("existingMember", endsWith("/members/" + id));
        as(adminOf(tree.districtB)).contentType(ContentType.JSON)
                .body(person(nationalId, "Trần Văn Nam", "1990-01-01", tree.cellB1, Map.of())).post(MEMBERS)
                .then().statusCode(409)
                .body("detail", containsString("transfer"))
                .body("existingMember", nullValue())
                .body("detail", not(containsString("Trần Văn Nam")));
    }

    @Test
    void namesAreFoundWithOrWithoutDiacriticsAndSearchesStayInTheCallersSubtree() {
        String hoa = register(adminOf(tree.districtA), person(newNationalId(), "Nguyễn Thị Hoà", "1960-02-03", tree.cellA1,
                Map.of("status", "FULL", "admittedOn", "1985-01-01", "confirmedOn", "1986-01-01")));
        String dao = register(adminOf(tree.districtA), person(newNationalId(), "Đỗ Văn Đào", "2000-02-03", tree.cellA2, Map.of()));
        register(adminOf(tree.districtB), person(newNationalId(), "Nguyễn Thị Hoa", "1970-02-03", tree.cellB1, Map.of()));

        as(adminOf(tree.districtA)).queryParam("name", "nguyen thi hoa").get(MEMBERS).then().statusCode(200)
                .body("items.id", contains(hoa));
        as(adminOf(tree.districtA)).queryParam("name", "do van dao").get(MEMBERS).then()
                .body("items.id", contains(dao));
        as(adminOf(tree.districtA)).queryParam("name", "Đào").get(MEMBERS).then().body("items.id", contains(dao));
        as(adminOf(tree.districtA)).queryParam("status", "CANDIDATE").get(MEMBERS).then().body("items.id", contains(dao));
        as(adminOf(tree.districtA)).queryParam("ageFrom", 60).get(MEMBERS).then().body("items.id", contains(hoa));
        as(adminOf(tree.districtA)).queryParam("ageFrom", 18).queryParam("ageTo", 30).get(MEMBERS).then()
                .body("items.id", contains(dao));
        as(adminOf(tree.districtA)).queryParam("admissionYear", 1985).get(MEMBERS).then().body("items.id", contains(hoa));
        as(adminOf(tree.districtA)).queryParam("unit", tree.cellA2).get(MEMBERS).then().body("items.id", contains(dao));
        as(adminOf(tree.districtA)).queryParam("unit", tree.cellB1).get(MEMBERS).then().statusCode(404);
        as(tree.provinceAdmin()).queryParam("name", "hoa").get(MEMBERS).then().body("items", org.hamcrest.Matchers.hasSize(2));

        Response first = as(adminOf(tree.districtA)).queryParam("limit", 1).get(MEMBERS);
        first.then().body("items.id", contains(dao)).body("next", org.hamcrest.Matchers.notNullValue());
        as(adminOf(tree.districtA)).queryParam("limit", 1).queryParam("after", (String) first.path("next")).get(MEMBERS)
                .then().body("items.id", contains(hoa)).body("next", nullValue());
    }

    @Test
    void anotherDistrictCannotReadOrChangeTheRecordAndAViewerSeesNoPersonalData() {
        String id = register(adminOf(tree.districtA), person(newNationalId(), "Lê Thị Mai", "1992-06-01", tree.cellA1, Map.of()));
        as(adminOf(tree.districtB)).get(MEMBERS + "/" + id).then().statusCode(404).contentType("application/problem+json");
        as(adminOf(tree.districtB)).contentType(ContentType.JSON)
                .body(Map.of("kind", "DECEASED", "effectiveOn", "2026-01-01")).post(MEMBERS + "/" + id + "/exit")
                .then().statusCode(404);
        as(adminOf(tree.districtB)).contentType(ContentType.JSON)
                .body(person(newNationalId(), "Người ngoài", "1990-01-01", tree.cellA1, Map.of())).post(MEMBERS)
                .then().statusCode(404);
        as(TestTree.viewerOf(tree.province)).get(MEMBERS + "/" + id).then().statusCode(403);
        as(TestTree.viewerOf(tree.province)).get(MEMBERS).then().statusCode(403);
        as(TestTree.inspectorOf(tree.districtA)).get(MEMBERS + "/" + id).then().statusCode(200);
        as(TestTree.inspectorOf(tree.districtA)).contentType(ContentType.JSON)
                .body(Map.of("kind", "DECEASED", "effectiveOn", "2026-01-01")).post(MEMBERS + "/" + id + "/exit")
                .then().statusCode(403);
        as(adminOf(tree.districtA)).get(MEMBERS + "/not-a-uuid").then().statusCode(404);
        as(adminOf(tree.districtA)).get(MEMBERS + "/" + id).then().body("status", equalTo("CANDIDATE"));
    }

    @Test
    void badInputIsA400NamingTheFieldsAndCreatesNothing() {
        String nationalId = newNationalId();
        as(adminOf(tree.districtA)).contentType(ContentType.JSON)
                .body(Map.of("nationalId", "12345", "fullName", " ", "dateOfBirth", "2999-01-01", "sex", "FEMALE",
                        "ethnicity", "Kinh", "unitCode", tree.cellA1))
                .post(MEMBERS).then().statusCode(400)
                .body("errors.field", hasItems("nationalId", "fullName", "dateOfBirth"));
        as(adminOf(tree.districtA)).contentType(ContentType.JSON)
                .body(person(nationalId, "Giới Tính Lạ", "1990-01-01", tree.cellA1, Map.of("sex", "OTHER")))
                .post(MEMBERS).then().statusCode(400).body("errors.field", hasItem("sex"));
        as(adminOf(tree.districtA)).contentType(ContentType.JSON)
                .body(person(nationalId, "Quá Trẻ", LocalDate.now().minusYears(10).toString(), tree.cellA1, Map.of()))
                .post(MEMBERS).then().statusCode(400).body("errors.field", hasItem("dateOfBirth"));
        as(adminOf(tree.districtA)).contentType(ContentType.JSON)
                .body(person(nationalId, "Ở Đảng Bộ", "1990-01-01", tree.baseA, Map.of())).post(MEMBERS)
                .then().statusCode(422).body("rule", equalTo("member.cell"));
        as(adminOf(tree.districtA)).contentType(ContentType.JSON)
                .body(person(nationalId, "Đủ Ngày", "1990-01-01", tree.cellA1, Map.of("status", "FULL", "admittedOn", "2015-01-01")))
                .post(MEMBERS).then().statusCode(422).body("rule", equalTo("member.registration"));
        as(adminOf(tree.districtA)).queryParam("ageFrom", "old").get(MEMBERS).then().statusCode(400)
                .body("errors.field", hasItem("ageFrom"));
        as(adminOf(tree.districtA)).queryParam("after", "garbage!").get(MEMBERS).then().statusCode(400);
        as(adminOf(tree.districtA)).queryParam("ageTo", "999999999").get(MEMBERS).then().statusCode(400);
        as(adminOf(tree.districtA)).queryParam("admissionYear", "-5").get(MEMBERS).then().statusCode(400);
        as(adminOf(tree.districtA)).queryParam("nationalId", nationalId).get(MEMBERS).then().body("items", empty());
    }

    @Test
    void detailsAreCorrectedAtTheVersionReadAndANewNameIsPublished() {
        String id = register(adminOf(tree.districtA), person(newNationalId(), "Phạm Văn Hùng", "1980-01-01", tree.cellA1, Map.of()));
        String etag = as(adminOf(tree.districtA)).get(MEMBERS + "/" + id).header("ETag");
        Map<String, Object> update = Map.of("fullName", "Phạm Văn Hưng", "dateOfBirth", "1980-01-02", "sex", "MALE",
                "ethnicity", "Tày", "occupation", "Nông dân");
        as(adminOf(tree.districtA)).contentType(ContentType.JSON).body(update).put(MEMBERS + "/" + id).then().statusCode(428);
        as(adminOf(tree.districtA)).contentType(ContentType.JSON).header("If-Match", etag).body(update)
                .put(MEMBERS + "/" + id).then().statusCode(200)
                .body("fullName", equalTo("Phạm Văn Hưng")).body("ethnicity", equalTo("Tày"));
        as(adminOf(tree.districtA)).contentType(ContentType.JSON).header("If-Match", etag).body(update)
                .put(MEMBERS + "/" + id).then().statusCode(409);
        TopicProbe.find("membership.events", r -> id.equals(r.key()) && r.value().contains("Phạm Văn Hưng")
                && r.value().contains("member.renamed"), Duration.ofSeconds(30)).orElseThrow(() -> new AssertionError("no renamed event"));
    }

    @Test
    void anExitIsADatedStatusAndAReadmissionContinuesTheRecordOnce() {
        String id = register(adminOf(tree.districtA), person(newNationalId(), "Vũ Thị Lan", "1975-01-01", tree.cellA1,
                Map.of("status", "FULL", "admittedOn", "2000-01-01", "confirmedOn", "2001-01-01")));
        exit(id, "STRUCK_OFF", "2024-03-01").then().statusCode(200)
                .body("status", equalTo("LEFT")).body("exitKind", equalTo("STRUCK_OFF"));
        exit(id, "RELEASED", "2024-04-01").then().statusCode(422).body("rule", equalTo("member.exit"));
        as(adminOf(tree.districtA)).get(MEMBERS + "/" + id).then().statusCode(200);

        readmit(id, tree.cellA2, "2025-02-01").then().statusCode(200)
                .body("status", equalTo("CANDIDATE")).body("unitCode", equalTo(tree.cellA2));
        as(adminOf(tree.districtA)).get(MEMBERS + "/" + id + "/history").then().statusCode(200)
                .body("statuses.status", contains("PROBATIONARY", "FULL", "LEFT", "CANDIDATE"))
                .body("cells.unitCode", contains(tree.cellA1, tree.cellA2))
                .body("cells[0].endsOn", equalTo("2024-03-01"));
        TopicProbe.find("membership.events", r -> id.equals(r.key()) && r.value().contains("member.status_changed")
                && r.value().contains("\"CANDIDATE\""), Duration.ofSeconds(30)).orElseThrow(() -> new AssertionError("no event"));

        // struck off again after readmission (through the service, as a failed probation would): no second readmission
        memberService.recordAdmission(UUID.fromString(id), LocalDate.of(2025, 3, 1));
        memberService.strikeOffAfterProbation(UUID.fromString(id), LocalDate.of(2025, 6, 1), "bỏ sinh hoạt");
        readmit(id, tree.cellA1, "2025-07-01").then().statusCode(422).body("rule", equalTo("member.readmission"));
    }

    @Test
    void conditionsStandBesideTheStatusWithTheirDates() {
        String id = register(adminOf(tree.districtA), person(newNationalId(), "Hoàng Văn Sơn", "1950-01-01", tree.cellA1,
                Map.of("status", "FULL", "admittedOn", "1975-01-01", "confirmedOn", "1976-01-01")));
        condition(id, Map.of("condition", "SUSPENDED", "startsOn", "2026-01-01")).then().statusCode(422)
                .body("rule", equalTo("member.condition"));
        condition(id, Map.of("condition", "EXEMPTED", "startsOn", "2025-01-01")).then().statusCode(200)
                .body("conditions", contains("EXEMPTED"));
        condition(id, Map.of("condition", "EXEMPTED", "startsOn", "2026-01-01")).then().statusCode(409);
        condition(id, Map.of("condition", "TEMPORARILY_ATTACHED", "startsOn", "2026-01-01", "endsOn", "2026-12-31",
                "hostUnitCode", tree.cellB1)).then().statusCode(200)
                .body("conditions", hasItems("EXEMPTED", "TEMPORARILY_ATTACHED"));
        as(adminOf(tree.districtA)).contentType(ContentType.JSON).body(Map.of("condition", "EXEMPTED", "endsOn", "2026-06-01"))
                .post(MEMBERS + "/" + id + "/conditions/end").then().statusCode(200);
        as(adminOf(tree.districtA)).get(MEMBERS + "/" + id + "/history").then()
                .body("conditions.find { it.condition == 'EXEMPTED' }.endsOn", equalTo("2026-06-01"))
                .body("conditions.find { it.condition == 'TEMPORARILY_ATTACHED' }.hostUnitCode", equalTo(tree.cellB1));
        as(adminOf(tree.districtA)).contentType(ContentType.JSON).body(Map.of("condition", "OUT_OF_CONTACT", "endsOn", "2026-06-01"))
                .post(MEMBERS + "/" + id + "/conditions/end").then().statusCode(409);
    }

    @Test
    void suspensionAndExpulsionDecidedElsewhereAreCarriedOutAndPublished() {
        String id = register(adminOf(tree.districtA), person(newNationalId(), "Đặng Văn Tư", "1970-01-01", tree.cellA1,
                Map.of("status", "FULL", "admittedOn", "1995-01-01", "confirmedOn", "1996-01-01")));
        UUID memberId = UUID.fromString(id);
        memberService.suspendFromDecision(memberId, LocalDate.of(2026, 9, 1), LocalDate.of(2026, 12, 1), "inspection:decision:42");
        as(adminOf(tree.districtA)).get(MEMBERS + "/" + id + "/history").then()
                .body("conditions[0].condition", equalTo("SUSPENDED"))
                .body("conditions[0].source", equalTo("inspection:decision:42"));
        memberService.expelFromDecision(memberId, LocalDate.of(2026, 10, 1), "inspection:decision:43");
        as(adminOf(tree.districtA)).get(MEMBERS + "/" + id).then()
                .body("status", equalTo("LEFT")).body("exitKind", equalTo("EXPELLED"))
                .body("conditions", empty());
        TopicProbe.find("membership.events", r -> id.equals(r.key()) && r.value().contains("\"EXPELLED\""),
                Duration.ofSeconds(30)).orElseThrow(() -> new AssertionError("no expulsion event"));
        readmit(id, tree.cellA1, "2026-11-01").then().statusCode(422).body("rule", equalTo("member.readmission"));
    }

    @Test
    void aPersonExpelledComesBackAfterThirtySixMonthsWithTheProvincesConsent() {
        String id = register(adminOf(tree.districtA), person(newNationalId(), "Quay Lại Sau", "1970-01-01", tree.cellA1,
                Map.of("status", "FULL", "admittedOn", "1995-01-01", "confirmedOn", "1996-01-01")));
        memberService.expelFromDecision(UUID.fromString(id), LocalDate.of(2022, 1, 10), "inspection:decision:77");
        readmit(id, tree.cellA1, "2024-12-01").then().statusCode(422).body("rule", equalTo("member.readmission"))
                .body("earliest", equalTo("2025-01-10"));
        readmit(id, tree.cellA1, "2025-02-01").then().statusCode(422).body("rule", equalTo("member.readmission"));
        as(adminOf(tree.districtA)).contentType(ContentType.JSON)
                .body(Map.of("unitCode", tree.cellA1, "effectiveOn", "2025-02-01", "provinceConsentOn", "2025-01-20"))
                .post(MEMBERS + "/" + id + "/readmission-candidacy").then().statusCode(200)
                .body("status", equalTo("CANDIDATE"));
    }

    private Response exit(String id, String kind, String on) {
        return as(adminOf(tree.districtA)).contentType(ContentType.JSON).body(Map.of("kind", kind, "effectiveOn", on))
                .post(MEMBERS + "/" + id + "/exit");
    }

    private Response readmit(String id, String unit, String on) {
        return as(adminOf(tree.districtA)).contentType(ContentType.JSON).body(Map.of("unitCode", unit, "effectiveOn", on))
                .post(MEMBERS + "/" + id + "/readmission-candidacy");
    }

    private Response condition(String id, Map<String, Object> body) {
        return as(adminOf(tree.districtA)).contentType(ContentType.JSON).body(body).post(MEMBERS + "/" + id + "/conditions");
    }

    private static JsonNode read(String json) {
        try {
            return EventJson.mapper().readTree(json);
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }
}
