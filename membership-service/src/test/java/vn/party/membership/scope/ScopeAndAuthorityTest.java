package vn.party.membership.scope;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.party.membership.TestTree;
import vn.party.testsupport.TestTokens;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static vn.party.membership.TestTree.API;
import static vn.party.membership.TestTree.adminOf;
import static vn.party.membership.TestTree.as;
import static vn.party.membership.TestTree.newNationalId;
import static vn.party.membership.TestTree.person;
import static vn.party.membership.TestTree.register;

/** One answer for a token that gives no scope, and authority over the bodies a command names (issue 8, 1 and 2). */
@QuarkusTest
class ScopeAndAuthorityTest {

    private static final LocalDate TODAY = LocalDate.now(ZoneId.of("Asia/Ho_Chi_Minh"));

    /** Reads that answer for the caller's own unit when none is named, and the tree of a past date. */
    private static final List<String> READS = List.of(
            "/org-units", "/org-units/as-of?date=2025-06-30", "/members", "/admissions/progress?period=2026",
            "/gradings/summary?year=2025", "/meetings/attendance?from=2025-01&to=2025-06", "/dues/arrears?year=2025",
            "/transfers", "/badges/due?presentationDate=2026-02-03");

    private TestTree tree;

    @Inject
    EntityManager em;

    @BeforeEach
    void aProvince() {
        tree = TestTree.plant();
    }

    @Test
    void aTokenWithoutAnOrgUnitIsRefusedAlikeOnEveryRead() {
        String noUnit = TestTokens.token("no-unit", null, "unit-admin");
        for (String read : READS) {
            as(noUnit).get(API + read).then().statusCode(403).contentType("application/problem+json")
                    .body("detail", containsString("org_unit"));
        }
    }

    @Test
    void aTokenNamingADissolvedUnitIsRefusedAlikeEvenForThePastTree() {
        as(tree.provinceAdmin()).contentType(ContentType.JSON)
                .body(Map.of("unitCode", tree.baseB, "effectiveOn", TODAY.toString()))
                .post(API + "/restructurings/dissolve").then().statusCode(200);
        for (String read : READS) {
            as(adminOf(tree.baseB)).get(API + read).then().statusCode(403).contentType("application/problem+json");
        }
    }

    @Test
    void aDissolutionDatedInTheFutureHasNotHappenedYet() {
        as(tree.provinceAdmin()).contentType(ContentType.JSON)
                .body(Map.of("unitCode", tree.baseB, "effectiveOn", TODAY.plusDays(30).toString()))
                .post(API + "/restructurings/dissolve").then().statusCode(200);
        as(adminOf(tree.baseB)).get(API + "/members").then().statusCode(200);
        as(adminOf(tree.baseB)).get(API + "/org-units/" + tree.cellB1).then().statusCode(200);
    }

    @Test
    void aDistrictCannotRecordAnAdmissionDecidedByTheProvinceItDoesNotActFor() {
        LocalDate vote = TODAY.minusMonths(3);
        String member = register(adminOf(tree.districtA), person(newNationalId(), "Lê Văn Cao",
                vote.minusYears(64).toString(), tree.cellA1, Map.of("inUnitSince", TODAY.minusYears(3).toString())));
        as(adminOf(tree.districtA)).contentType(ContentType.JSON)
                .body(Map.of("memberId", member, "cellVoteOn", vote.toString(), "decidedOn", vote.plusDays(5).toString(),
                        "decidedByUnitCode", tree.province))
                .post(API + "/admissions").then().statusCode(403).contentType("application/problem+json");
        as(adminOf(tree.districtA)).get(API + "/members/" + member).then().body("status", equalTo("CANDIDATE"));
    }

    @Test
    void aTransferInMustMatchThePersonAndOtherwiseRevealsNothing() {
        String nationalId = newNationalId();
        String member = register(adminOf(tree.districtA), person(nationalId, "Ngô Thị Thu", "1985-01-01", tree.cellA1,
                Map.of("status", "FULL", "admittedOn", "2010-01-01", "confirmedOn", "2011-01-01")));
        as(adminOf(tree.districtA)).contentType(ContentType.JSON).body(Map.of("memberId", member,
                "kind", "PERMANENT", "destination", "Đảng bộ xã Tân Hòa, tỉnh Phú Thọ",
                "movedOn", TODAY.minusDays(20).toString(), "letterOn", TODAY.minusDays(10).toString()))
                .post(API + "/transfers").then().statusCode(201);

        Map<String, Object> someoneElse = person(nationalId, "Trần Văn Khác", "1979-09-09", tree.cellB1,
                Map.of("status", "FULL", "admittedOn", "2010-01-01", "confirmedOn", "2011-01-01"));
        as(adminOf(tree.districtB)).contentType(ContentType.JSON).body(Map.of("member", someoneElse,
                "origin", "Đảng bộ xã Tân Hòa, tỉnh Phú Thọ", "letterOn", TODAY.minusDays(3).toString(),
                "reportedOn", TODAY.minusDays(1).toString())).post(API + "/transfers/incoming").then().statusCode(409)
                .body("detail", not(containsString("Ngô Thị Thu"))).body("detail", not(containsString(tree.cellA1)))
                .body("detail", not(containsString("another unit")));
        as(adminOf(tree.districtB)).get(API + "/members/" + member).then().statusCode(404);
        as(adminOf(tree.districtB)).get(API + "/members/" + member + "/history").then().statusCode(404);
        as(adminOf(tree.districtA)).get(API + "/members/" + member).then().statusCode(200)
                .body("unitCode", equalTo(tree.cellA1)).body("status", equalTo("LEFT"));
    }

    @Test
    void aDuplicateNationalIdOrCardElsewhereIsRefusedWithoutSayingWhere() {
        String nationalId = newNationalId();
        String card = "C" + nationalId.substring(3);
        register(adminOf(tree.districtA), person(nationalId, "Phạm Thị Kín", "1980-01-01", tree.cellA1,
                Map.of("partyCardNumber", card)));
        as(adminOf(tree.districtB)).contentType(ContentType.JSON)
                .body(person(nationalId, "Phạm Thị Kín", "1980-01-01", tree.cellB1, Map.of())).post(API + "/members")
                .then().statusCode(409).body("detail", not(containsString("another unit")))
                .body("detail", not(containsString("Phạm Thị Kín")));
        as(adminOf(tree.districtB)).contentType(ContentType.JSON)
                .body(person(newNationalId(), "Người Khác", "1981-01-01", tree.cellB1, Map.of("partyCardNumber", card)))
                .post(API + "/members")
                .then().statusCode(409).body("detail", not(containsString("another record")));
    }

    @Test
    void readingAMembersPersonalDataIsAuditedAndViewersNeverReceiveIt() {
        String member = register(adminOf(tree.districtA), person(newNationalId(), "Đọc Thử", "1980-01-01", tree.cellA1, Map.of()));
        String reader = TestTree.inspectorOf(tree.districtA);
        as(reader).get(API + "/members/" + member).then().statusCode(200);
        as(reader).queryParam("name", "Đọc Thử").get(API + "/members").then().statusCode(200);
        assertThat(reads("inspector-of-" + tree.districtA, member)).isEqualTo(2);
        as(TestTree.viewerOf(tree.districtA)).get(API + "/members/" + member).then().statusCode(403);
        as(TestTree.viewerOf(tree.districtA)).get(API + "/members").then().statusCode(403);
        assertThat(reads("viewer-of-" + tree.districtA, member)).isZero();
    }

    /** Audit rows of personal-data reads by {@code actor} naming the member, alone or in a page of a search. */
    private long reads(String actor, String member) {
        return QuarkusTransaction.requiringNew().call(() -> ((Number) em.createNativeQuery("""
                        select count(*) from audit_log
                        where actor = :actor and action = 'member.personal-data-read'
                          and (entity_id = :member or cast(detail as text) like '%' || :member || '%')""")
                .setParameter("actor", actor).setParameter("member", member).getSingleResult()).longValue());
    }
}
