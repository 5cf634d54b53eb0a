package vn.party.e2e;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * cadre-service through the gateway with real Keycloak tokens: an organiser of one committee cannot see another
 * committee's cadres, posts or plans (404, and absent from their lists), and a discipline of reprimand decided in
 * inspection-service takes the cadre out of every plan (inspection.events → cadre-service), with the decision as the
 * reason. The demo users organiser-a (bn_cqd), organiser-b (bn_ubnd) and inspector-b (bn_ubnd) are in the local realm.
 */
class CadreEndToEndTest {

    private static final String GATEWAY = System.getProperty("e2e.gateway", "http://127.0.0.1:8080");
    private static final SuiteClient SUITE = new SuiteClient(GATEWAY);
    private static final String API = "/api/cadre/v1";

    private static String provinceAdmin;
    private static String organiserA;
    private static String organiserB;
    private static String inspectorB;

    @BeforeAll
    static void logIn() {
        provinceAdmin = SUITE.token("province-admin", "demo");
        organiserA = SUITE.token("organiser-a", "demo");
        organiserB = SUITE.token("organiser-b", "demo");
        inspectorB = SUITE.token("inspector-b", "demo");
    }

    /** A national ID no demo person has: the demo's start with 027 (Bắc Ninh). */
    private static String freshNationalId() {
        return String.format("099%09d", Math.floorMod(UUID.randomUUID().getMostSignificantBits(), 1_000_000_000L));
    }

    private static Map<String, Object> profile(String unit, String name, String nationalId, String memberId, String born, String sex) {
        Map<String, Object> body = new HashMap<>();
        body.put("unitCode", unit);
        body.put("nationalId", nationalId);
        body.put("fullName", name);
        body.put("dateOfBirth", born);
        body.put("sex", sex);
        body.put("ethnicity", "KINH");
        body.put("politicalTheory", "INTERMEDIATE");
        body.put("stateManagement", "SPECIALIST");
        if (memberId != null) {
            body.put("memberId", memberId);
        }
        return body;
    }

    @Test
    void anOrganiserOfOneCommitteeCannotSeeAnotherCommitteesCadres() {
        SuiteClient.Response created = SUITE.post(API + "/profiles", organiserA,
                profile("bn_cqd_btc_cb1", "Trần Thị Kiểm Thử", freshNationalId(), null, "1985-03-08", "FEMALE"), Map.of());
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        String cadre = created.json().path("id").asText();
        SuiteClient.Response post = SUITE.post(API + "/positions", organiserA, Map.of("unitCode", "bn_cqd_btc_cb1",
                "kind", "DEPUTY_SECRETARY", "title", "Phó Bí thư Chi bộ (e2e " + UUID.randomUUID() + ")", "seats", 1), Map.of());
        assertThat(post.status()).as(post.body()).isIn(201, 409); // one post of a kind per unit: there from an earlier run
        String position = post.status() == 201 ? post.json().path("id").asText()
                : SUITE.get(API + "/positions?unit=bn_cqd_btc_cb1&kind=DEPUTY_SECRETARY", organiserA).json().path("items").get(0)
                        .path("id").asText();

        assertThat(SUITE.get(API + "/profiles/" + cadre, organiserA).status()).isEqualTo(200);
        SuiteClient.Response foreign = SUITE.get(API + "/profiles/" + cadre, organiserB);
        assertThat(foreign.status()).isEqualTo(404);
        assertThat(foreign.header("Content-Type")).startsWith("application/problem+json");
        assertThat(foreign.body()).doesNotContain("Kiểm Thử");
        assertThat(SUITE.get(API + "/positions/" + position, organiserB).status()).isEqualTo(404);
        assertThat(SUITE.get(API + "/profiles?unit=bn_cqd_btc_cb1", organiserB).status()).isEqualTo(404);
        assertThat(SUITE.get(API + "/profiles?name=" + java.net.URLEncoder.encode("Kiểm Thử", java.nio.charset.StandardCharsets.UTF_8),
                organiserB).json().path("items")).isEmpty();
        // nor can they plan, appoint or enrol the other committee's cadre
        assertThat(SUITE.post(API + "/plan-entries", organiserB, Map.of("term", "2025-2030", "unitCode", "bn_ubnd_syt",
                "positionKind", "DEPUTY_SECRETARY", "cadreId", cadre), Map.of()).status()).isEqualTo(404);
        assertThat(SUITE.post(API + "/positions/" + position + "/holders", organiserB, Map.of("cadreId", cadre,
                "method", "NOMINATION", "decisionNumber", "1-QĐ/ĐU", "effectiveOn", "2026-10-01"), Map.of()).status()).isEqualTo(404);
        // the province's organiser and the committee's own see it
        assertThat(SUITE.get(API + "/profiles/" + cadre, SUITE.token("organiser", "demo")).status()).isEqualTo(200);
        assertThat(SUITE.get(API + "/profiles?unit=bn_cqd_btc_cb1&limit=500", organiserA).body()).contains(cadre);
    }

    @Test
    void aReprimandDecidedInInspectionTakesTheCadreOutOfEveryPlan() {
        // a full member of bn_ubnd who can be planned: not disciplined before, young enough for two terms
        JsonNode members = SUITE.get("/api/membership/v1/members?unit=bn_ubnd&status=FULL&ageTo=42&limit=100", provinceAdmin)
                .json().path("items");
        assertThat(members.size()).as("young full members of bn_ubnd in the demo").isGreaterThan(0);
        String member = null;
        String cadre = null;
        String entry = null;
        for (int i = members.size() - 1; i >= 0 && entry == null; i--) {
            JsonNode m = members.get(i);
            SuiteClient.Response p = SUITE.post(API + "/profiles", organiserB, profile(m.path("unitCode").asText(),
                    m.path("fullName").asText(), freshNationalId(), m.path("id").asText(), m.path("dateOfBirth").asText(),
                    m.path("sex").asText()), Map.of());
            if (p.status() != 201) {
                continue; // the member has a cadre profile already (the demo's): try another
            }
            SuiteClient.Response planned = SUITE.post(API + "/plan-entries", organiserB, Map.of("term", "2025-2030",
                    "unitCode", "bn_ubnd", "positionKind", "STANDING_COMMITTEE_MEMBER", "cadreId", p.json().path("id").asText(),
                    "addedOn", "2026-01-10", "decisionNumber", "e2e-QĐ/TU"), Map.of());
            if (planned.status() == 201) {
                member = m.path("id").asText();
                cadre = p.json().path("id").asText();
                entry = planned.json().path("id").asText();
            }
        }
        assertThat(entry).as("a member of bn_ubnd planned for 2025-2030").isNotNull();
        SuiteClient.Response second = SUITE.post(API + "/plan-entries", organiserB, Map.of("term", "2025-2030",
                "unitCode", "bn_ubnd", "positionKind", "COMMITTEE_MEMBER", "cadreId", cadre, "addedOn", "2026-01-10"), Map.of());
        assertThat(second.status()).as(second.body()).isEqualTo(201);
        String other = second.json().path("id").asText();

        SuiteClient.Response decided = SUITE.post("/api/inspection/v1/discipline-decisions", inspectorB, Map.of(
                "bodyId", body("bn_ubnd", "STANDING_BOARD"), "subjectKind", "MEMBER", "memberId", member, "form", "REPRIMAND",
                "violation", "Vi phạm quy chế làm việc (e2e " + UUID.randomUUID() + ")", "violationOn", "2026-02-01",
                "decidedOn", "2026-10-05"), Map.of());
        assertThat(decided.status()).as(decided.body()).isEqualTo(201);
        String decision = decided.json().path("id").asText();

        for (String id : new String[] {entry, other}) {
            await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(500)).untilAsserted(() -> {
                JsonNode e = SUITE.get(API + "/plan-entries/" + id, organiserB).json();
                assertThat(e.path("removedOn").isNull()).as("removed: " + e).isFalse();
                assertThat(e.path("removedAutomatically").asBoolean()).isTrue();
                assertThat(e.path("removalReason").asText()).contains(decision).contains("REPRIMAND");
            });
        }
        assertThat(SUITE.get(API + "/plan-entries?term=2025-2030&cadreId=" + cadre, organiserB).json().path("items")).isEmpty();
        // and a new planning is refused while the discipline counts, naming the rule
        SuiteClient.Response again = SUITE.post(API + "/plan-entries", organiserB, Map.of("term", "2025-2030",
                "unitCode", "bn_ubnd", "positionKind", "STANDING_DEPUTY_SECRETARY", "cadreId", cadre), Map.of());
        assertThat(again.status()).as(again.body()).isEqualTo(422);
        assertThat(again.json().path("rule").asText()).isEqualTo("planning.disciplined");
        // the other committee's organiser sees none of it
        assertThat(SUITE.get(API + "/plan-entries/" + entry, organiserA).status()).isEqualTo(404);
    }

    private static String body(String unit, String kind) {
        SUITE.post("/api/inspection/v1/bodies", provinceAdmin, Map.of("unitCode", unit, "kind", kind), Map.of());
        for (JsonNode b : SUITE.get("/api/inspection/v1/bodies?unitCode=" + unit, provinceAdmin).json().path("items")) {
            if (b.path("kind").asText().equals(kind)) {
                return b.path("id").asText();
            }
        }
        throw new AssertionError("no " + kind + " of " + unit);
    }
}
