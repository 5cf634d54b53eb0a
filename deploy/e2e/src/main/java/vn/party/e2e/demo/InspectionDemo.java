package vn.party.e2e.demo;

import com.fasterxml.jackson.databind.JsonNode;
import vn.party.e2e.SuiteClient;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The demo province's inspection year, loaded through the gateway as its inspectors would: the bodies of the
 * province, the two committees under it, a base committee and a cell; 2026 plans; cases of every kind (some
 * surprise, one from a denunciation) with conclusions and follow-up (some overdue); discipline decisions of
 * every form from bodies at each level, of members and of organisations (warning, reprimand, dissolution); a suspension
 * and an appeal; denunciations (one resolved) and a resolved complaint about a decision. Every create carries an Idempotency-Key of
 * its own, so running the loader again within the keys' week creates nothing twice; bodies that exist are kept.
 */
public final class InspectionDemo {

    private static final String API = "/api/inspection/v1";
    private static final String MEMBERS = "/api/membership/v1/members";

    private final SuiteClient client;
    private final String token;
    private final Map<String, String> bodies = new LinkedHashMap<>();
    private int created;

    public InspectionDemo(SuiteClient client, String provinceAdminToken) {
        this.client = client;
        this.token = provinceAdminToken;
    }

    /** Loads everything; returns how many records were created (replays and existing bodies not counted). */
    public int load() {
        body("bn", "COMMITTEE");
        body("bn", "STANDING_BOARD");
        body("bn", "INSPECTION_COMMISSION");
        for (String committee : List.of(DemoData.COMMITTEE_A, DemoData.COMMITTEE_B)) {
            body(committee, "STANDING_BOARD");
            body(committee, "INSPECTION_COMMISSION");
        }
        body("bn_ubnd_syt", "COMMITTEE");
        body("bn_ubnd_syt", "INSPECTION_COMMISSION");
        body("bn_ubnd_syt_bvdk", "CELL");

        plan(bodies.get("bn_cqd/INSPECTION_COMMISSION"), List.of(item("INSPECTION", "DUES", "ORGANISATION", 1, 2),
                item("INSPECTION", "FINANCE", "ORGANISATION", 2, 1), item("SUPERVISION", "THEMATIC", "MEMBER", 3, 2)));
        plan(bodies.get("bn_ubnd/INSPECTION_COMMISSION"), List.of(item("INSPECTION", "ROUTINE", "ORGANISATION", 1, 2),
                item("INSPECTION", "DISCIPLINE_ENFORCEMENT", "ORGANISATION", 2, 1),
                item("SUPERVISION", "DUTY_PERFORMANCE", "ORGANISATION", 4, 1)));

        String[] kinds = {"ROUTINE", "THEMATIC", "SIGNS_OF_VIOLATION", "DUTY_PERFORMANCE", "DISCIPLINE_ENFORCEMENT", "DUES", "FINANCE"};
        String[] subjects = {"bn_ubnd_syt", "bn_ubnd_thpt_chuyen", "bn_ubnd_xskt", "bn_ubnd_htx", "bn_ubnd_syt_cdc", "bn_ubnd_syt_vp",
                "bn_ubnd_syt_bvdk"};
        for (int i = 0; i < kinds.length; i++) {
            boolean planned = i % 3 != 2;
            String id = openCase("case-" + i, bodies.get("bn_ubnd/INSPECTION_COMMISSION"), i % 2 == 0 ? "INSPECTION" : "SUPERVISION",
                    kinds[i], planned, subjects[i], String.format("2026-%02d-05", i + 2));
            if (i < 5) {
                runToConclusion(id, String.format("2026-%02d-10", i + 2), String.format("2026-%02d-25", i + 3), i % 2 == 0);
                // the first two get follow-up due in the summer, left undone: overdue
                addAction(id, "action-" + i, i < 2 ? "2026-08-31" : "2027-03-31");
            }
        }

        List<JsonNode> full = members("bn_ubnd_syt_bvdk", "FULL", 6);
        List<JsonNode> probationary = members("bn_ubnd_syt_bvdk", "PROBATIONARY", 1);
        if (full.size() >= 5) {
            decide("d-cell-reprimand", "bn_ubnd_syt_bvdk/CELL", full.get(0), "REPRIMAND", null, "2026-02-01", "2026-03-02");
            decide("d-base-warning", "bn_ubnd_syt/COMMITTEE", full.get(1), "WARNING", null, "2025-11-01", "2026-04-06");
            String removal = decide("d-district-removal", "bn_ubnd/STANDING_BOARD", full.get(2), "REMOVAL_FROM_POST", true,
                    "2025-09-01", "2026-05-11");
            if (removal != null) {
                // a complaint about discipline (khiếu nại kỷ luật), heard by the province's inspection commission
                JsonNode complaint = create("complaint-1", API + "/denunciations", Map.of("kind", "COMPLAINT",
                        "bodyId", bodies.get("bn/INSPECTION_COMMISSION"), "receivedOn", "2026-05-20", "decisionId", removal,
                        "summary", "Khiếu nại quyết định cách chức: chưa xem xét đầy đủ tình tiết giảm nhẹ"));
                resolve(complaint, "UNFOUNDED", "2026-08-28");
            }
            String expulsion = decide("d-district-expulsion", "bn_ubnd/STANDING_BOARD", full.get(3), "EXPULSION", null,
                    "2025-06-01", "2026-06-15");
            decide("d-province-warning", "bn/STANDING_BOARD", full.get(4), "WARNING", null, "2024-03-01", "2026-07-20");
            if (expulsion != null) {
                create("appeal-1", API + "/discipline-decisions/" + expulsion + "/appeals", Map.of("lodgedOn", "2026-06-30",
                        "heardByBodyId", bodies.get("bn/STANDING_BOARD"), "outcome", "UPHELD", "decidedOn", "2026-08-15"));
            }
        }
        suspendOneMember(full);
        if (!probationary.isEmpty()) {
            decide("d-probationary-reprimand", "bn_ubnd/INSPECTION_COMMISSION", probationary.get(0), "REPRIMAND", null,
                    "2026-05-01", "2026-09-07");
        }
        create("d-organisation-warning", API + "/discipline-decisions", Map.of("bodyId", bodies.get("bn_ubnd/STANDING_BOARD"),
                "subjectKind", "ORGANISATION", "unitCode", "bn_ubnd_htx", "form", "WARNING",
                "violation", "Buông lỏng lãnh đạo công tác quản lý tài chính", "violationOn", "2025-12-31", "decidedOn", "2026-09-14"));

        JsonNode denunciation = create("denunciation-1", API + "/denunciations", Map.of("kind", "DENUNCIATION",
                "bodyId", bodies.get("bn_cqd/INSPECTION_COMMISSION"), "receivedOn", "2026-09-02", "subjectKind", "ORGANISATION",
                "unitCode", "bn_cqd_bao", "summary", "Tố cáo sai phạm trong sử dụng kinh phí", "denouncerName", "Người tố cáo (demo)"));
        if (denunciation != null && denunciation.path("caseId").isNull()) {
            client.post(API + "/denunciations/" + denunciation.path("id").asText() + "/case", token, Map.of("activity", "INSPECTION",
                    "kind", "SIGNS_OF_VIOLATION", "title", "Kiểm tra nội dung tố cáo", "decidedOn", "2026-09-10"), Map.of());
        }
        JsonNode resolvedDenunciation = create("denunciation-2", API + "/denunciations", Map.of("kind", "DENUNCIATION",
                "bodyId", bodies.get("bn_cqd/INSPECTION_COMMISSION"), "receivedOn", "2026-06-02", "subjectKind", "ORGANISATION",
                "unitCode", "bn_cqd_btc", "summary", "Tố cáo vi phạm quy chế làm việc"));
        resolve(resolvedDenunciation, "PARTLY_FOUNDED", "2026-07-20");
        // one handled in bn_ubnd too, left open: the generated scope tests name a real denunciation of that committee
        create("denunciation-3", API + "/denunciations", Map.of("kind", "DENUNCIATION",
                "bodyId", bodies.get("bn_ubnd/INSPECTION_COMMISSION"), "receivedOn", "2026-10-20", "subjectKind", "ORGANISATION",
                "unitCode", "bn_ubnd_xskt", "summary", "Tố cáo vi phạm trong công tác tuyển dụng"));
        create("d-organisation-reprimand", API + "/discipline-decisions", Map.of("bodyId", bodies.get("bn_cqd/STANDING_BOARD"),
                "subjectKind", "ORGANISATION", "unitCode", "bn_cqd_btc", "form", "REPRIMAND",
                "violation", "Vi phạm quy chế làm việc, thiếu kiểm tra, giám sát", "violationOn", "2026-01-20",
                "decidedOn", "2026-08-03"));
        create("d-organisation-dissolution", API + "/discipline-decisions", Map.of("bodyId", bodies.get("bn/STANDING_BOARD"),
                "subjectKind", "ORGANISATION", "unitCode", "bn_ubnd_syt_vp", "form", "DISSOLUTION",
                "violation", "Vi phạm nghiêm trọng nguyên tắc tập trung dân chủ, mất sức chiến đấu", "violationOn", "2025-08-01",
                "decidedOn", "2026-10-12"));
        return created;
    }

    /** Records the outcome of a denunciation or complaint still open (a rerun finds it resolved and leaves it). */
    private void resolve(JsonNode denunciation, String outcome, String on) {
        if (denunciation == null || !"RECEIVED".equals(denunciation.path("status").asText())) {
            return;
        }
        count(client.post(API + "/denunciations/" + denunciation.path("id").asText() + "/resolve", token,
                Map.of("outcome", outcome, "on", on), Map.of()), 409);
    }

    private void body(String unit, String kind) {
        SuiteClient.Response r = client.post(API + "/bodies", token, Map.of("unitCode", unit, "kind", kind), Map.of());
        if (r.status() == 201) {
            created++;
            bodies.put(unit + "/" + kind, r.json().path("id").asText());
            return;
        }
        for (JsonNode b : client.get(API + "/bodies?unitCode=" + unit, token).json().path("items")) {
            if (b.path("kind").asText().equals(kind)) {
                bodies.put(unit + "/" + kind, b.path("id").asText());
            }
        }
        if (!bodies.containsKey(unit + "/" + kind)) {
            throw new IllegalStateException("body " + unit + "/" + kind + ": " + r.status() + " " + r.body());
        }
    }

    private static Map<String, Object> item(String activity, String kind, String subjectKind, int quarter, int count) {
        return Map.of("activity", activity, "kind", kind, "subjectKind", subjectKind, "quarter", quarter, "plannedCount", count);
    }

    private void plan(String body, List<Map<String, Object>> items) {
        SuiteClient.Response r = client.post(API + "/plans", token, Map.of("bodyId", body, "year", 2026, "items", items),
                Map.of("Idempotency-Key", "demo-plan-" + body));
        count(r, 409);
    }

    private String openCase(String key, String body, String activity, String kind, boolean planned, String subject, String decidedOn) {
        JsonNode c = create(key, API + "/cases", Map.of("bodyId", body, "activity", activity, "kind", kind, "planned", planned,
                "title", (activity.equals("INSPECTION") ? "Kiểm tra " : "Giám sát ") + kind.toLowerCase().replace('_', ' '),
                "decidedOn", decidedOn, "subjects", List.of(Map.of("subjectKind", "ORGANISATION", "unitCode", subject))));
        if (c == null) {
            throw new IllegalStateException("inspection demo: case " + key + " refused");
        }
        return c.path("id").asText();
    }

    private void runToConclusion(String id, String startedOn, String concludedOn, boolean violation) {
        JsonNode c = client.get(API + "/cases/" + id, token).json();
        if (c.path("status").asText().equals("DECIDED")) {
            client.post(API + "/cases/" + id + "/start", token, Map.of("on", startedOn), Map.of());
        }
        if (!c.path("status").asText().matches("CONCLUDED|FOLLOW_UP|CLOSED")) {
            List<Map<String, Object>> findings = new ArrayList<>();
            for (JsonNode s : c.path("subjects")) {
                Map<String, Object> f = new HashMap<>(Map.of("subjectId", s.path("id").asText(), "violationFound", violation));
                if (violation) {
                    f.put("nature", "Chưa thực hiện đúng quy định");
                    f.put("corrections", "Khắc phục trong quý tới");
                }
                findings.add(f);
            }
            client.post(API + "/cases/" + id + "/conclusion", token, Map.of("on", concludedOn, "findings", findings), Map.of());
        }
    }

    private void addAction(String caseId, String key, String deadline) {
        JsonNode c = client.get(API + "/cases/" + caseId, token).json();
        if (c.path("actions").isEmpty()) {
            count(client.post(API + "/cases/" + caseId + "/actions", token, Map.of("description", "Khắc phục các hạn chế đã chỉ ra",
                    "owner", "Cấp ủy được kiểm tra", "deadline", deadline), Map.of("Idempotency-Key", "demo-" + key)), -1);
        }
    }

    /**
     * A suspension pending discipline by the district's commission: the hospital cell's sixth full member, or in a
     * smaller province (the tests' 300 members leave that cell four) a full member elsewhere in the district whom no
     * decision above names.
     */
    private void suspendOneMember(List<JsonNode> disciplined) {
        JsonNode member = disciplined.size() > 5 ? disciplined.get(5) : null;
        if (member == null) {
            java.util.Set<String> taken = new java.util.HashSet<>();
            disciplined.forEach(m -> taken.add(m.path("id").asText()));
            member = members(DemoData.COMMITTEE_B, "FULL", 20).stream()
                    .filter(m -> !taken.contains(m.path("id").asText())).findFirst().orElse(null);
        }
        if (member != null) {
            create("suspension-1", API + "/suspensions", Map.of("bodyId", bodies.get("bn_ubnd/INSPECTION_COMMISSION"),
                    "memberId", member.path("id").asText(), "startsOn", "2026-10-01", "endsOn", "2027-01-01",
                    "reason", "Đình chỉ sinh hoạt để xem xét, xử lý kỷ luật"));
        }
    }

    private List<JsonNode> members(String unit, String status, int n) {
        List<JsonNode> found = new ArrayList<>();
        client.get(MEMBERS + "?unit=" + unit + "&status=" + status + "&limit=" + n, token).json().path("items").forEach(found::add);
        return found;
    }

    private String decide(String key, String body, JsonNode member, String form, Boolean holdsPost, String violationOn, String decidedOn) {
        Map<String, Object> d = new HashMap<>(Map.of("bodyId", bodies.get(body), "subjectKind", "MEMBER",
                "memberId", member.path("id").asText(), "form", form,
                "violation", "Vi phạm quy định về những điều đảng viên không được làm (" + key + ")",
                "violationOn", violationOn, "decidedOn", decidedOn));
        if (holdsPost != null) {
            d.put("holdsPost", holdsPost);
        }
        JsonNode r = create(key, API + "/discipline-decisions", d);
        return r == null ? null : r.path("id").asText();
    }

    /** POSTs with a key of its own; the answer's body, or null when a rule refused it (e.g. the same violation again). */
    private JsonNode create(String key, String path, Object body) {
        SuiteClient.Response r = client.post(path, token, body, Map.of("Idempotency-Key", "demo-inspection-" + key));
        // members registered a moment ago may not have reached inspection's member replica yet: 404 until they do
        for (int tries = 0; r.status() == 404 && tries < 60; tries++) {
            sleep();
            r = client.post(path, token, body, Map.of("Idempotency-Key", "demo-inspection-" + key));
        }
        if (r.status() == 422 || r.status() == 409) {
            return null;
        }
        count(r, -1);
        return r.json();
    }

    private static void sleep() {
        try {
            Thread.sleep(1000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private void count(SuiteClient.Response r, int tolerated) {
        if (r.status() == 201 || r.status() == 200) {
            if (!"true".equals(r.header("Idempotent-Replayed"))) {
                created++;
            }
        } else if (r.status() != tolerated) {
            throw new IllegalStateException("inspection demo: " + r.status() + " " + r.body());
        }
    }
}
