package vn.party.e2e;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * inspection-service through the gateway with real Keycloak tokens: an inspector of one committee cannot see or touch
 * another committee's cases (404), and what is decided there reaches membership-service: an expulsion, or a decision
 * increased to expulsion on appeal, makes the member leave (EXPELLED) and an annulment restores them; a suspension is a
 * SUSPENDED condition for its period, ended early when the suspension is. The committees' inspectors are made here through Keycloak's admin API (local realm only), since the
 * demo realm's one inspector works at the province.
 */
class InspectionEndToEndTest {

    private static final String GATEWAY = System.getProperty("e2e.gateway", "http://127.0.0.1:8080");
    private static final SuiteClient SUITE = new SuiteClient(GATEWAY);
    private static final String API = "/api/inspection/v1";
    private static final ObjectMapper JSON = new ObjectMapper();

    private static String provinceAdmin;
    private static String inspectorA;
    private static String inspectorB;

    @BeforeAll
    static void logIn() throws Exception {
        provinceAdmin = SUITE.token("province-admin", "demo");
        inspectorA = SUITE.token(ensureInspector("e2e-inspector-cqd", "bn_cqd"), "demo");
        inspectorB = SUITE.token(ensureInspector("e2e-inspector-ubnd", "bn_ubnd"), "demo");
    }

    @Test
    void anInspectorOfOneCommitteeGetsNotFoundOnAnotherCommitteesCases() {
        String body = body("bn_ubnd", "INSPECTION_COMMISSION");
        SuiteClient.Response opened = SUITE.post(API + "/cases", inspectorB, Map.of("bodyId", body, "activity", "INSPECTION",
                "kind", "ROUTINE", "planned", false, "title", "Kiểm tra e2e", "decidedOn", "2026-09-01",
                "subjects", List.of(Map.of("subjectKind", "ORGANISATION", "unitCode", "bn_ubnd_xskt"))), Map.of());
        assertThat(opened.status()).as(opened.body()).isEqualTo(201);
        String id = opened.json().path("id").asText();

        assertThat(SUITE.get(API + "/cases/" + id, inspectorB).status()).isEqualTo(200);
        SuiteClient.Response foreign = SUITE.get(API + "/cases/" + id, inspectorA);
        assertThat(foreign.status()).isEqualTo(404);
        assertThat(foreign.header("Content-Type")).startsWith("application/problem+json");
        assertThat(SUITE.post(API + "/cases/" + id + "/start", inspectorA, Map.of("on", "2026-09-02"), Map.of()).status())
                .isEqualTo(404);
        assertThat(SUITE.get(API + "/cases?limit=500", inspectorA).body()).doesNotContain(id);
        assertThat(SUITE.post(API + "/cases", inspectorA, Map.of("bodyId", body, "activity", "INSPECTION", "kind", "ROUTINE",
                "planned", false, "title", "x", "decidedOn", "2026-09-01",
                "subjects", List.of(Map.of("subjectKind", "ORGANISATION", "unitCode", "bn_ubnd_xskt"))), Map.of()).status())
                .isEqualTo(404);
    }

    @Test
    void anExpulsionDecidedInInspectionReachesTheMemberRecords() {
        JsonNode members = SUITE.get("/api/membership/v1/members?unit=bn_ubnd&status=FULL&limit=50", provinceAdmin)
                .json().path("items");
        assertThat(members.size()).as("full members of bn_ubnd in the demo").isGreaterThan(0);
        String member = members.get(members.size() - 1).path("id").asText();
        String board = body("bn_ubnd", "STANDING_BOARD");

        SuiteClient.Response decided = SUITE.post(API + "/discipline-decisions", inspectorB, Map.of("bodyId", board,
                "subjectKind", "MEMBER", "memberId", member, "form", "EXPULSION",
                "violation", "Vi phạm nghiêm trọng (e2e " + UUID.randomUUID() + ")", "violationOn", "2026-01-15",
                "decidedOn", "2026-10-01"), Map.of());
        assertThat(decided.status()).as(decided.body()).isEqualTo(201);
        assertThat(decided.json().path("regulation").asText()).isEqualTo("264-QĐ/TW");

        await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(500)).untilAsserted(() -> {
            JsonNode m = SUITE.get("/api/membership/v1/members/" + member, provinceAdmin).json();
            assertThat(m.path("status").asText()).isEqualTo("LEFT");
            assertThat(m.path("exitKind").asText()).isEqualTo("EXPELLED");
        });
        assertThat(SUITE.get(API + "/discipline-decisions/" + decided.json().path("id").asText(), inspectorA).status())
                .isEqualTo(404);

        // the province's standing board annuls it on appeal: the member is a full member of the same cell again
        String unitBefore = SUITE.get("/api/membership/v1/members/" + member, provinceAdmin).json().path("unitCode").asText();
        SuiteClient.Response appealed = SUITE.post(API + "/discipline-decisions/" + decided.json().path("id").asText() + "/appeals",
                provinceAdmin, Map.of("lodgedOn", "2026-10-15", "heardByBodyId", body("bn", "STANDING_BOARD"),
                        "outcome", "ANNULLED", "decidedOn", "2026-11-01"), Map.of());
        assertThat(appealed.status()).as(appealed.body()).isEqualTo(201);
        await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(500)).untilAsserted(() -> {
            JsonNode m = SUITE.get("/api/membership/v1/members/" + member, provinceAdmin).json();
            assertThat(m.path("status").asText()).isEqualTo("FULL");
            assertThat(m.path("unitCode").asText()).isEqualTo(unitBefore);
        });
    }

    @Test
    void aSuspensionIsASuspendedConditionInTheMemberRecordsForItsPeriodAndEndsEarlyThere() {
        JsonNode members = fullMembers();
        assertThat(members.size()).as("full members of bn_ubnd in the demo").isGreaterThan(2);
        String member = members.get(members.size() - 2).path("id").asText();
        String commission = body("bn_ubnd", "INSPECTION_COMMISSION");
        // a window of its own on every run: a member is suspended once over any day
        java.time.LocalDate startsOn = java.time.LocalDate.of(2027, 1, 2).plusDays(new java.util.Random().nextInt(40) * 25L);
        SuiteClient.Response suspended = SUITE.post(API + "/suspensions", inspectorB, Map.of("bodyId", commission, "memberId", member,
                "startsOn", startsOn.toString(), "endsOn", startsOn.plusDays(20).toString(),
                "reason", "Đình chỉ sinh hoạt để xem xét kỷ luật (e2e)"), Map.of());
        assertThat(suspended.status()).as(suspended.body()).isEqualTo(201);
        String source = "inspection:suspension:" + suspended.json().path("id").asText();
        await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(500)).untilAsserted(() -> {
            JsonNode condition = suspendedCondition(member, source);
            assertThat(condition != null).as("SUSPENDED condition from " + source).isTrue();
            assertThat(condition.path("startsOn").asText()).isEqualTo(startsOn.toString());
            assertThat(condition.path("endsOn").asText()).isEqualTo(startsOn.plusDays(20).toString());
        });
        assertThat(SUITE.post(API + "/suspensions/" + suspended.json().path("id").asText() + "/end", inspectorA,
                Map.of("on", startsOn.plusDays(7).toString()), Map.of()).status()).isEqualTo(404);
        SuiteClient.Response ended = SUITE.post(API + "/suspensions/" + suspended.json().path("id").asText() + "/end", inspectorB,
                Map.of("on", startsOn.plusDays(7).toString()), Map.of());
        assertThat(ended.status()).as(ended.body()).isEqualTo(200);
        await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(500)).untilAsserted(() -> {
            JsonNode condition = suspendedCondition(member, source);
            assertThat(condition != null && condition.path("endsOn").asText().equals(startsOn.plusDays(7).toString()))
                    .as("SUSPENDED condition from " + source + " ends on " + startsOn.plusDays(7)).isTrue();
        });
    }

    @Test
    void aWarningIncreasedToExpulsionOnAppealExpelsTheMemberAndAnAnnulmentRestores() {
        JsonNode members = fullMembers();
        assertThat(members.size()).as("full members of bn_ubnd in the demo").isGreaterThan(2);
        String member = members.get(members.size() - 3).path("id").asText();
        String unitBefore = SUITE.get("/api/membership/v1/members/" + member, provinceAdmin).json().path("unitCode").asText();
        SuiteClient.Response decided = SUITE.post(API + "/discipline-decisions", inspectorB, Map.of("bodyId",
                body("bn_ubnd", "STANDING_BOARD"), "subjectKind", "MEMBER", "memberId", member, "form", "WARNING",
                "violation", "Vi phạm quy định (e2e " + UUID.randomUUID() + ")", "violationOn", "2026-02-15",
                "decidedOn", "2026-10-01"), Map.of());
        assertThat(decided.status()).as(decided.body()).isEqualTo(201);
        String appeals = API + "/discipline-decisions/" + decided.json().path("id").asText() + "/appeals";
        String province = body("bn", "STANDING_BOARD");
        SuiteClient.Response increased = SUITE.post(appeals, provinceAdmin, Map.of("lodgedOn", "2026-10-15",
                "heardByBodyId", province, "outcome", "INCREASED", "resultingForm", "EXPULSION", "decidedOn", "2026-11-01"), Map.of());
        assertThat(increased.status()).as(increased.body()).isEqualTo(201);
        await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(500)).untilAsserted(() -> {
            JsonNode m = SUITE.get("/api/membership/v1/members/" + member, provinceAdmin).json();
            assertThat(m.path("status").asText()).isEqualTo("LEFT");
            assertThat(m.path("exitKind").asText()).isEqualTo("EXPELLED");
            assertThat(m.path("statusSince").asText()).isEqualTo("2026-11-01");
        });
        SuiteClient.Response annulled = SUITE.post(appeals, provinceAdmin, Map.of("lodgedOn", "2026-11-10",
                "heardByBodyId", province, "outcome", "ANNULLED", "decidedOn", "2026-11-20"), Map.of());
        assertThat(annulled.status()).as(annulled.body()).isEqualTo(201);
        await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(500)).untilAsserted(() -> {
            JsonNode m = SUITE.get("/api/membership/v1/members/" + member, provinceAdmin).json();
            assertThat(m.path("status").asText()).isEqualTo("FULL");
            assertThat(m.path("unitCode").asText()).isEqualTo(unitBefore);
        });
    }

    private static JsonNode fullMembers() {
        return SUITE.get("/api/membership/v1/members?unit=bn_ubnd&status=FULL&limit=50", provinceAdmin).json().path("items");
    }

    /** The member's SUSPENDED condition that {@code source} started, or null. */
    private static JsonNode suspendedCondition(String member, String source) {
        for (JsonNode c : SUITE.get("/api/membership/v1/members/" + member + "/history", provinceAdmin).json().path("conditions")) {
            if (c.path("condition").asText().equals("SUSPENDED") && c.path("source").asText().equals(source)) {
                return c;
            }
        }
        return null;
    }

    private static String body(String unit, String kind) {
        SUITE.post(API + "/bodies", provinceAdmin, Map.of("unitCode", unit, "kind", kind), Map.of());
        for (JsonNode b : SUITE.get(API + "/bodies?unitCode=" + unit, provinceAdmin).json().path("items")) {
            if (b.path("kind").asText().equals(kind)) {
                return b.path("id").asText();
            }
        }
        throw new AssertionError("no " + kind + " of " + unit);
    }

    /** A realm user with the inspector role working at {@code unit}, password demo; made once. */
    private static String ensureInspector(String username, String unit) throws Exception {
        HttpClient http = HttpClient.newHttpClient();
        String form = "grant_type=password&client_id=admin-cli&username=admin&password="
                + URLEncoder.encode(System.getProperty("e2e.keycloak.admin-password", "admin"), StandardCharsets.UTF_8);
        HttpResponse<String> tokenResponse = http.send(HttpRequest.newBuilder(URI.create(GATEWAY + "/auth/realms/master/protocol/openid-connect/token"))
                .header("Content-Type", "application/x-www-form-urlencoded").POST(HttpRequest.BodyPublishers.ofString(form)).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(tokenResponse.statusCode()).as(tokenResponse.body()).isEqualTo(200);
        String admin = JSON.readTree(tokenResponse.body()).path("access_token").asText();
        String users = GATEWAY + "/auth/admin/realms/" + SuiteClient.REALM + "/users";

        JsonNode found = JSON.readTree(send(http, HttpRequest.newBuilder(URI.create(users + "?exact=true&username=" + username)), admin).body());
        if (found.isEmpty()) {
            Map<String, Object> user = Map.of("username", username, "enabled", true, "emailVerified", true, "firstName", "E2E",
                    "lastName", "Inspector", "email", username + "@party.example.org", "attributes", Map.of("org_unit", List.of(unit)),
                    "credentials", List.of(Map.of("type", "password", "value", "demo", "temporary", false)));
            HttpResponse<String> created = send(http, HttpRequest.newBuilder(URI.create(users)).header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(user))), admin);
            assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
            found = JSON.readTree(send(http, HttpRequest.newBuilder(URI.create(users + "?exact=true&username=" + username)), admin).body());
            String id = found.get(0).path("id").asText();
            String role = send(http, HttpRequest.newBuilder(URI.create(GATEWAY + "/auth/admin/realms/" + SuiteClient.REALM
                    + "/roles/inspector")), admin).body();
            HttpResponse<String> mapped = send(http, HttpRequest.newBuilder(URI.create(users + "/" + id + "/role-mappings/realm"))
                    .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString("[" + role + "]")), admin);
            assertThat(mapped.statusCode()).as(mapped.body()).isEqualTo(204);
        }
        return username;
    }

    private static HttpResponse<String> send(HttpClient http, HttpRequest.Builder request, String token) throws Exception {
        return http.send(request.header("Authorization", "Bearer " + token).build(), HttpResponse.BodyHandlers.ofString());
    }
}
