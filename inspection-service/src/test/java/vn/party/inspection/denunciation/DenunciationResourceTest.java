package vn.party.inspection.denunciation;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.party.contracts.membership.MemberStatus;
import vn.party.inspection.InspectionTestTree;
import vn.party.orgreplica.MemberReplica;
import vn.party.testsupport.TestTokens;
import vn.party.testsupport.TopicProbe;

import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.HashMap;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;
import static vn.party.inspection.InspectionTestTree.API;
import static vn.party.inspection.InspectionTestTree.adminOf;
import static vn.party.inspection.InspectionTestTree.as;
import static vn.party.inspection.InspectionTestTree.inspectorOf;
import static vn.party.inspection.InspectionTestTree.post;

@QuarkusTest
class DenunciationResourceTest {

    private static final String DENUNCIATIONS = API + "/denunciations";
    private static final String DENOUNCER = "Người tố cáo Bảo Mật";

    @Inject
    MemberReplica replica;

    @Inject
    EntityManager em;

    private InspectionTestTree tree;
    private String commission;
    private String member;

    @BeforeEach
    void aDistrictCommissionAndAMember() {
        tree = InspectionTestTree.plant(replica);
        commission = tree.body(tree.districtA, "INSPECTION_COMMISSION");
        member = tree.member(tree.cellA1, MemberStatus.FULL, "Bùi Văn Minh");
    }

    private String receive() {
        return post(inspectorOf(tree.districtA), Map.of("kind", "DENUNCIATION", "bodyId", commission, "receivedOn", "2026-03-01",
                "subjectKind", "MEMBER", "memberId", member, "summary", "Tố cáo vi phạm trong quản lý đất đai",
                "denouncerName", DENOUNCER, "denouncerContact", "0912 345 678")).post(DENUNCIATIONS).then().statusCode(201)
                .body("denouncerName", equalTo(DENOUNCER)).body("dueOn", equalTo("2026-05-30"))
                .body("regulation", equalTo("296-QĐ/TW")).extract().path("id");
    }

    @Test
    void theDenouncerIsSeenOnlyByTheHandlingBodysInspectorsAndNeverInEvents() {
        String id = receive();
        as(inspectorOf(tree.districtA)).get(DENUNCIATIONS + "/" + id).then().statusCode(200)
                .body("denouncerName", equalTo(DENOUNCER)).body("denouncerHidden", equalTo(false));
        as(tree.provinceAdmin()).get(DENUNCIATIONS + "/" + id).then().statusCode(200)
                .body("denouncerName", nullValue()).body("denouncerContact", nullValue()).body("denouncerHidden", equalTo(true));
        as(inspectorOf(tree.province)).get(DENUNCIATIONS + "/" + id).then().statusCode(200).body("denouncerName", nullValue());
        as(adminOf(tree.districtA)).get(DENUNCIATIONS + "/" + id).then().statusCode(200).body("denouncerName", nullValue());
        as(TestTokens.token("both", tree.districtA, "unit-admin", "inspector")).get(DENUNCIATIONS).then().statusCode(200)
                .body("items.find { it.id == '" + id + "' }.denouncerName", equalTo(DENOUNCER));
        as(inspectorOf(tree.districtB)).get(DENUNCIATIONS + "/" + id).then().statusCode(404);
        var event = TopicProbe.find("inspection.events", r -> id.equals(r.key()) && r.value().contains("denunciation.received"),
                Duration.ofSeconds(30)).orElseThrow(() -> new AssertionError("no denunciation.received event"));
        assertThat(event.value()).doesNotContain(DENOUNCER, "0912 345 678", "denouncer");
    }

    @Test
    void theReplayStoreAndTheAuditTrailKeepNoDenouncerAndAReplayShowsItOnlyAsTheRecordDoes() {
        String key = "denunciation-" + UUID.randomUUID();
        Map<String, Object> request = Map.of("kind", "DENUNCIATION", "bodyId", commission, "receivedOn", "2026-03-01",
                "subjectKind", "MEMBER", "memberId", member, "summary", "Tố cáo vi phạm trong đấu thầu",
                "denouncerName", DENOUNCER, "denouncerContact", "0912 345 678");
        String id = post(inspectorOf(tree.districtA), request).header("Idempotency-Key", key).post(DENUNCIATIONS).then()
                .statusCode(201).body("denouncerName", equalTo(DENOUNCER)).extract().path("id");
        post(inspectorOf(tree.districtA), request).header("Idempotency-Key", key).post(DENUNCIATIONS).then()
                .statusCode(201).header("Idempotent-Replayed", "true").header("Location", endsWith("/denunciations/" + id))
                .body("id", equalTo(id)).body("denouncerName", equalTo(DENOUNCER)).body("denouncerContact", equalTo("0912 345 678"));
        // the province admin's own request: the creator is no inspector of the handling body, on replay neither
        String adminKey = "denunciation-" + UUID.randomUUID();
        post(tree.provinceAdmin(), request).header("Idempotency-Key", adminKey).post(DENUNCIATIONS).then().statusCode(201)
                .body("denouncerName", nullValue());
        post(tree.provinceAdmin(), request).header("Idempotency-Key", adminKey).post(DENUNCIATIONS).then().statusCode(201)
                .header("Idempotent-Replayed", "true").body("denouncerName", nullValue()).body("denouncerHidden", equalTo(true));

        List<String> stored = QuarkusTransaction.requiringNew().call(() -> {
            @SuppressWarnings("unchecked")
            List<Object[]> rows = em.createNativeQuery("select coalesce(body, ''), coalesce(location, '') from idempotency_key "
                    + "where key in (?1, ?2)").setParameter(1, key).setParameter(2, adminKey).getResultList();
            @SuppressWarnings("unchecked")
            List<Object> audit = em.createNativeQuery("select cast(a.detail as text) from audit_log a where a.entity_id = ?1")
                    .setParameter(1, id).getResultList();
            List<String> all = new java.util.ArrayList<>();
            rows.forEach(r -> { all.add((String) r[0]); all.add((String) r[1]); });
            audit.forEach(a -> all.add(String.valueOf(a)));
            return all;
        });
        assertThat(stored).hasSizeGreaterThanOrEqualTo(5).anySatisfy(v -> assertThat(v).contains(id))
                .allSatisfy(v -> assertThat(v).doesNotContain(DENOUNCER, "0912 345 678"));
    }

    @Test
    void aDenunciationAssignedToAnotherBodyIsDueByThatBodysLevelAndItsDenouncerMovesWithIt() {
        String id = receive();
        String baseCommittee = tree.body(tree.baseA, "COMMITTEE");
        String otherDistrict = tree.body(tree.districtB, "INSPECTION_COMMISSION");
        post(tree.provinceAdmin(), Map.of("bodyId", otherDistrict)).post(DENUNCIATIONS + "/" + id + "/assign").then()
                .statusCode(404);
        post(inspectorOf(tree.districtA), Map.of("bodyId", baseCommittee)).post(DENUNCIATIONS + "/" + id + "/assign").then()
                .statusCode(200).body("bodyId", equalTo(baseCommittee)).body("unitCode", equalTo(tree.baseA))
                .body("dueOn", equalTo("2026-04-30"));
        as(inspectorOf(tree.baseA)).get(DENUNCIATIONS + "/" + id).then().statusCode(200)
                .body("denouncerName", equalTo(DENOUNCER));
        as(inspectorOf(tree.districtA)).get(DENUNCIATIONS + "/" + id).then().statusCode(200)
                .body("denouncerName", nullValue()).body("denouncerHidden", equalTo(true));
        as(inspectorOf(tree.districtB)).get(DENUNCIATIONS + "/" + id).then().statusCode(404);
        post(inspectorOf(tree.baseA), Map.of("outcome", "UNFOUNDED", "on", "2026-04-15"))
                .post(DENUNCIATIONS + "/" + id + "/resolve").then().statusCode(200);
        post(inspectorOf(tree.districtA), Map.of("bodyId", commission)).post(DENUNCIATIONS + "/" + id + "/assign").then()
                .statusCode(409);
        var resolved = TopicProbe.find("inspection.events", r -> id.equals(r.key()) && r.value().contains("denunciation.resolved"),
                Duration.ofSeconds(30)).orElseThrow(() -> new AssertionError("no denunciation.resolved"));
        assertThat(resolved.value()).contains("\"bodyLevel\": \"BASE\"", "\"unitCode\": \"" + tree.baseA + "\"")
                .doesNotContain(DENOUNCER);
    }

    @Test
    void aDenunciationOpensAnUnplannedCaseAndIsResolvedWithItsOutcome() {
        String id = receive();
        String caseId = post(inspectorOf(tree.districtA), Map.of("activity", "INSPECTION", "kind", "SIGNS_OF_VIOLATION",
                "title", "Kiểm tra nội dung tố cáo", "decidedOn", "2026-03-05")).post(DENUNCIATIONS + "/" + id + "/case").then()
                .statusCode(200).extract().path("caseId");
        as(inspectorOf(tree.districtA)).get(API + "/cases/" + caseId).then().statusCode(200)
                .body("planned", equalTo(false)).body("denunciationId", equalTo(id))
                .body("subjects[0].memberId", equalTo(member));
        post(inspectorOf(tree.districtA), Map.of("activity", "INSPECTION", "kind", "SIGNS_OF_VIOLATION",
                "title", "again", "decidedOn", "2026-03-05")).post(DENUNCIATIONS + "/" + id + "/case").then().statusCode(409);
        TopicProbe.find("inspection.events", r -> caseId.equals(r.key()) && r.value().contains("\"fromDenunciation\": true"),
                Duration.ofSeconds(30)).orElseThrow(() -> new AssertionError("no case.decided from the denunciation"));
        post(inspectorOf(tree.districtA), Map.of("outcome", "PARTLY_FOUNDED", "on", "2026-05-01"))
                .post(DENUNCIATIONS + "/" + id + "/resolve").then().statusCode(200).body("status", equalTo("RESOLVED"))
                .body("late", equalTo(false));
        post(inspectorOf(tree.districtA), Map.of("outcome", "UNFOUNDED", "on", "2026-05-02"))
                .post(DENUNCIATIONS + "/" + id + "/resolve").then().statusCode(409);
        TopicProbe.find("inspection.events", r -> id.equals(r.key()) && r.value().contains("denunciation.resolved")
                && r.value().contains("\"onTime\": true"), Duration.ofSeconds(30)).orElseThrow(() -> new AssertionError("no resolved"));
    }

    @Test
    void aComplaintIsAboutADecisionAndSubjectsOutsideTheBodyAreNotFound() {
        String outsider = tree.member(tree.cellB1, MemberStatus.FULL, "Trịnh Văn Nghĩa");
        post(tree.provinceAdmin(), Map.of("kind", "DENUNCIATION", "bodyId", commission, "receivedOn", "2026-03-01",
                "subjectKind", "MEMBER", "memberId", outsider, "summary", "x")).post(DENUNCIATIONS).then().statusCode(404);
        String board = tree.body(tree.districtA, "STANDING_BOARD");
        String decision = post(inspectorOf(tree.districtA), Map.of("bodyId", board, "subjectKind", "MEMBER", "memberId", member,
                "form", "WARNING", "violation", "Vi phạm", "violationOn", "2026-01-01", "decidedOn", "2026-02-01"))
                .post(API + "/discipline-decisions").then().statusCode(201).extract().path("id");
        Map<String, Object> complaint = new HashMap<>(Map.of("kind", "COMPLAINT", "bodyId", commission, "receivedOn", "2026-02-10",
                "summary", "Khiếu nại quyết định kỷ luật"));
        post(inspectorOf(tree.districtA), complaint).post(DENUNCIATIONS).then().statusCode(400);
        complaint.put("decisionId", decision);
        post(inspectorOf(tree.districtA), complaint).post(DENUNCIATIONS).then().statusCode(201)
                .body("memberId", equalTo(member)).body("dueOn", equalTo("2026-08-09")).body("denouncerHidden", equalTo(false));
    }
}
