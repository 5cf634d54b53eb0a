package vn.party.e2e.demo;

import com.fasterxml.jackson.databind.JsonNode;
import vn.party.e2e.SuiteClient;

import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The demo province's cadres, loaded through the gateway as its organisation boards would: profiles of the HR
 * system's employees ({@link HrEmployees}, linked to their member records) and of cadres of the two committees, then
 * an HR sync against the local stub (deploy/hr-stub), which turns those profiles into HR records and sends their
 * salary bases to membership's dues profiles; positions of communes, cells and committees with holders, and the
 * concurrent posts (the secretary who chairs the council, the cell secretary who is the village head); plans of the
 * 2020-2025 and 2025-2030 terms with additions and removals; the 2026 training year; appointments, reappointments
 * (some due soon), a rotation and an accountability action. Creates carry Idempotency-Keys; when the cadre records
 * are there already (positions exist) only the sync runs again.
 */
public final class CadreDemo {

    private static final String API = "/api/cadre/v1";
    private static final String MEMBERS = "/api/membership/v1/members";

    private final SuiteClient client;
    private final String provinceAdmin;
    private final String organiser;
    private final String organiserA;
    private final String organiserB;
    private final List<DemoData.Unit> cells;
    private final DemoPeople people;
    private int created;

    /** A cadre of the demo: the profile's id, the person and the committee's organiser who enters it. */
    private record Cadre(String id, DemoPeople.Person person, String token) {
    }

    public CadreDemo(SuiteClient client, String provinceAdminToken, List<DemoData.Unit> cells, List<String> hometowns) {
        this.client = client;
        this.provinceAdmin = provinceAdminToken;
        this.organiser = client.token("organiser", "demo");
        this.organiserA = client.token("organiser-a", "demo");
        this.organiserB = client.token("organiser-b", "demo");
        this.cells = cells;
        this.people = new DemoPeople(DemoData.SEED, cells, hometowns);
    }

    /** Loads everything; returns a line of what was done. */
    public String load() {
        boolean loaded = client.get(API + "/positions?limit=1", organiser).json().path("items").size() > 0;
        List<HrEmployees.Employee> employees = HrEmployees.of(people, cells);
        List<Cadre> hr = new ArrayList<>();
        for (HrEmployees.Employee e : employees) {
            Cadre c = profile(e.person(), e.civilServantCode(), e.stateManagement(), organiser);
            if (c != null) {
                hr.add(c);
            }
        }
        List<Cadre> committeeA = committeeCadres(DemoData.COMMITTEE_A, organiserA, 6);
        List<Cadre> committeeB = committeeCadres(DemoData.COMMITTEE_B, organiserB, 6);
        String sync = sync();
        if (loaded) {
            return "cadre records there already; " + hr.size() + " HR profiles; HR sync " + sync;
        }
        positionsAndAppointments(hr, committeeA, committeeB);
        plans(hr, committeeA, committeeB);
        training(hr, committeeA, committeeB);
        return created + " records created, " + hr.size() + " HR profiles; HR sync " + sync;
    }

    // ------------------------------------------------------------------------------------------ profiles

    /** Demo members of a committee who can hold posts: full members of working age whom no demo history moves. */
    private List<Cadre> committeeCadres(String committee, String token, int n) {
        List<Cadre> found = new ArrayList<>();
        for (int i = 0; i < HrEmployees.AMONG && found.size() < n; i++) {
            DemoPeople.Person p = people.person(i);
            int age = p.ageOn(DemoPeople.ANCHOR);
            boolean moved = i % 97 == 5 || i % 41 == 7 || i % 113 == 11 || i % 131 == 17;
            if (p.cell().startsWith(committee + "_") && p.status() == DemoPeople.Status.FULL && age >= 30 && age <= 48 && !moved) {
                Cadre c = profile(p, null, age >= 40 ? "PRINCIPAL" : "SPECIALIST", token);
                if (c != null) {
                    found.add(c);
                }
            }
        }
        return found;
    }

    /** The person's profile, linked to their member record: created, or found when it exists (by an earlier run or the sync). */
    private Cadre profile(DemoPeople.Person p, String civilServantCode, String stateManagement, String token) {
        JsonNode members = client.get(MEMBERS + "?nationalId=" + p.nationalId(), provinceAdmin).json().path("items");
        if (members.size() != 1 || !members.get(0).path("status").asText().equals("FULL")) {
            return null; // not registered in this (smaller) province, or no longer a full member
        }
        JsonNode member = members.get(0);
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("unitCode", member.path("unitCode").asText());
        body.put("memberId", member.path("id").asText());
        if (civilServantCode != null) {
            body.put("civilServantCode", civilServantCode);
        }
        body.put("nationalId", p.nationalId());
        body.put("fullName", p.fullName());
        body.put("dateOfBirth", p.dateOfBirth().toString());
        body.put("sex", p.sex());
        body.put("ethnicity", HrEmployees.Employee.ethnicityCode(p.ethnicity()));
        body.put("education", p.education());
        if (p.qualification() != null) {
            body.put("qualification", p.qualification());
        }
        body.put("politicalTheory", p.politicalTheory());
        body.put("stateManagement", stateManagement);
        SuiteClient.Response r = client.post(API + "/profiles", token, body, Map.of("Idempotency-Key", "demo-cadre-profile-" + p.nationalId()));
        if (r.status() == 201) {
            counted(r);
            return new Cadre(r.json().path("id").asText(), p, token);
        }
        if (r.status() != 409) {
            throw new IllegalStateException("cadre demo: profile of " + p.fullName() + ": " + r.status() + " " + r.body());
        }
        for (JsonNode existing : client.get(API + "/profiles?unit=" + body.get("unitCode") + "&name="
                + DemoMembers.encode(p.fullName()) + "&limit=50", organiser).json().path("items")) {
            if (p.nationalId().equals(existing.path("nationalId").asText())) {
                return new Cadre(existing.path("id").asText(), p, token);
            }
        }
        return null; // the national ID is on a profile elsewhere (moved): leave it be
    }

    /** An HR sync against the local stub; waits for its outcome. The demo goes on when the stub is not running. */
    private String sync() {
        SuiteClient.Response started = client.post(API + "/hr-sync/runs", organiser, Map.of(), Map.of());
        String id = null;
        if (started.status() == 202) {
            id = started.json().path("id").asText();
        } else if (started.status() == 409) {
            JsonNode runs = client.get(API + "/hr-sync/runs?limit=1", organiser).json();
            id = runs.size() > 0 ? runs.get(0).path("id").asText() : null;
        }
        if (id == null) {
            return "not started (" + started.status() + ")";
        }
        long deadline = System.nanoTime() + Duration.ofMinutes(3).toNanos();
        JsonNode run = client.get(API + "/hr-sync/runs/" + id, organiser).json();
        while (run.path("status").asText().equals("RUNNING") && System.nanoTime() < deadline) {
            sleep();
            run = client.get(API + "/hr-sync/runs/" + id, organiser).json();
        }
        return run.path("status").asText() + " (" + run.path("received").asInt() + " received, " + run.path("created").asInt()
                + " created, " + run.path("updated").asInt() + " updated" + (run.hasNonNull("error") ? ", " + run.path("error").asText() : "")
                + ")";
    }

    // ------------------------------------------------------------------------------------------ posts

    private void positionsAndAppointments(List<Cadre> hr, List<Cadre> a, List<Cadre> b) {
        // communes: the secretary elected in 2025 also chairs the people's council (nhất thể hóa); a chair of the
        // people's committee appointed; the cell's secretary is the village head (kiêm nhiệm)
        List<String> communesDone = new ArrayList<>();
        int k = 0;
        for (Cadre c : hr) {
            String cell = c.person().cell();
            String commune = commune(cell);
            if (commune.equals(cell) || communesDone.contains(commune) || cell.startsWith(DemoData.OLD_DISTRICT)) {
                continue;
            }
            communesDone.add(commune);
            String secretary = position(commune, "SECRETARY", "Bí thư Đảng ủy");
            hold(secretary, c, "ELECTION", "2025-07-01", "01-QĐ/TU");
            hold(position(commune, "PEOPLES_COUNCIL_CHAIR", "Chủ tịch HĐND xã"), c, "ELECTION", "2025-07-01", "02-NQ/HĐND");
            hold(position(cell, "SECRETARY", "Bí thư Chi bộ"), c, "ELECTION", "2025-09-10", "05-QĐ/ĐU");
            hold(position(cell, "VILLAGE_HEAD", "Trưởng thôn"), c, "ELECTION", "2025-09-20", "06-QĐ/UBND");
            if (++k >= 6) {
                break;
            }
        }
        // committee A: department heads appointed in 2020 and reappointed in 2025, one due for reappointment soon.
        // Each post needs one more cadre, so a smaller province (the tests' 300 members give each committee two) still
        // has an appointment, a reappointment and an accountability action
        if (a.size() >= 1) {
            // at the province's own unit: the demo's committees were founded in the 2025 reform, and reporting counts an
            // act under the unit it names only from that unit's founding; a 2020 appointment needs a unit of 2020
            String head = position(DemoData.PROVINCE, "DEPARTMENT_HEAD", "Trưởng phòng Tổ chức đảng, đảng viên, Ban Tổ chức Tỉnh ủy");
            String h1 = hold(head, a.get(0), "NOMINATION", "2020-06-01", "45-QĐ/ĐU");
            reappoint(h1, "2025-06-01", "112-QĐ/ĐU");
        }
        if (a.size() >= 2) {
            // at the province's unit too: a 2021 appointment is refused at a unit founded in 2025 (unit.not-existing-on-date)
            String deputy = position(DemoData.PROVINCE, "DEPUTY_DEPARTMENT_HEAD",
                    "Phó Trưởng phòng Tổ chức đảng, đảng viên, Ban Tổ chức Tỉnh ủy");
            hold(deputy, a.get(1), "NOMINATION", "2021-12-15", "88-QĐ/ĐU"); // due for reappointment in December 2026
        }
        if (a.size() >= 3) {
            hold(position("bn_cqd_vptu", "SECRETARY", "Bí thư Chi bộ Văn phòng Tỉnh ủy"), a.get(2), "ELECTION", "2025-08-15", "10-QĐ/ĐU");
        }
        if (a.size() >= 4) {
            String editor = position("bn_cqd_bao", "AGENCY_DIRECTOR", "Tổng Biên tập Báo Bắc Ninh");
            hold(editor, a.get(3), "COMPETITIVE_SELECTION", "2025-07-15", "23-QĐ/TU");
        }
        // committee B: the hospital's director, the school's principal; the health department's head rotated to a commune.
        // Its units were founded on 2025-07-01, so every act there is dated from then on
        if (b.size() >= 1) {
            hold(position("bn_ubnd_syt", "AGENCY_DIRECTOR", "Giám đốc Sở Y tế"), b.get(0), "NOMINATION", "2025-07-01", "301-QĐ/UBND");
        }
        if (b.size() >= 2) {
            hold(position("bn_ubnd_thpt_chuyen", "AGENCY_DIRECTOR", "Hiệu trưởng Trường THPT Chuyên"), b.get(1), "COMPETITIVE_SELECTION",
                    "2025-08-15", "512-QĐ/UBND");
            create("accountability-1", API + "/accountability-actions", organiserB, Map.of("cadreId", b.get(1).id(),
                    "unitCode", "bn_ubnd_thpt_chuyen", "kind", "REVIEW", "reason", "Để xảy ra sai phạm trong tuyển sinh lớp 10",
                    "decisionNumber", "09-QĐ/ĐU", "decidedOn", "2026-09-20"));
        }
        if (b.size() >= 3) {
            String from = hold(position("bn_ubnd_syt", "DEPARTMENT_HEAD", "Trưởng phòng Tổ chức cán bộ Sở Y tế"), b.get(2),
                    "NOMINATION", "2025-07-10", "15-QĐ/SYT");
            if (from != null && !communesDone.isEmpty()) {
                String to = position(communesDone.get(0), "PEOPLES_COMMITTEE_CHAIR", "Chủ tịch UBND xã");
                Map<String, Object> rotation = new LinkedHashMap<>();
                rotation.put("cadreId", b.get(2).id());
                rotation.put("fromHoldingId", from);
                rotation.put("toPositionId", to);
                rotation.put("direction", "DOWN");
                rotation.put("effectiveOn", "2026-03-01");
                rotation.put("plannedUntil", "2028-03-01");
                rotation.put("decisionNumber", "77-QĐ/TU");
                create("rotation-1", API + "/rotations", organiser, rotation);
            }
        }
        if (b.size() >= 4) {
            hold(position("bn_ubnd_syt", "SECRETARY", "Bí thư Đảng ủy Sở Y tế"), b.get(3), "ELECTION", "2025-07-01", "20-QĐ/ĐU");
        }
    }

    private String position(String unit, String kind, String title) {
        JsonNode p = create("position-" + unit + "-" + kind, API + "/positions", organiser,
                Map.of("unitCode", unit, "kind", kind, "title", title, "seats", 1));
        return p == null ? null : p.path("id").asText();
    }

    /** Appoints or elects the cadre to the post; the holding's id, or null when a rule refused it. */
    private String hold(String position, Cadre c, String method, String on, String decision) {
        if (position == null) {
            return null;
        }
        JsonNode h = create("holder-" + position + "-" + c.id(), API + "/positions/" + position + "/holders", organiser,
                Map.of("cadreId", c.id(), "method", method, "decisionNumber", decision, "effectiveOn", on));
        return h == null ? null : h.path("holdingId").asText();
    }

    private void reappoint(String holding, String on, String decision) {
        if (holding != null) {
            create("reappointment-" + holding, API + "/holdings/" + holding + "/reappointments", organiser,
                    Map.of("decisionNumber", decision, "effectiveOn", on));
        }
    }

    // ------------------------------------------------------------------------------------------ plans, training

    private void plans(List<Cadre> hr, List<Cadre> a, List<Cadre> b) {
        List<Cadre> all = new ArrayList<>(hr);
        all.addAll(a);
        all.addAll(b);
        String[] kinds = {"SECRETARY", "DEPUTY_SECRETARY", "PEOPLES_COMMITTEE_CHAIR"};
        int n = 0;
        for (Cadre c : all) {
            String unit = c.person().cell().startsWith(DemoData.COMMITTEE_A) ? DemoData.COMMITTEE_A
                    : c.person().cell().startsWith(DemoData.COMMITTEE_B) ? DemoData.COMMITTEE_B : commune(c.person().cell());
            String kind = kinds[n % kinds.length];
            // 2020-2025 was planned at the province's unit: the committees and communes were founded on 2025-07-01, and a
            // plan entry dated before its unit's founding is refused (unit.not-existing-on-date). Three per post, the limit
            JsonNode first = n < 3 * kinds.length ? plan(c, "2020-2025", DemoData.PROVINCE, kind, "2020-04-15", "15-QĐ/TU") : null;
            if (first != null && n % 5 == 4) {
                create("plan-removal-" + first.path("id").asText(), API + "/plan-entries/" + first.path("id").asText() + "/removal",
                        organiser, Map.of("reason", "Không còn đáp ứng tiêu chuẩn, điều kiện", "decisionNumber", "40-QĐ/TU",
                                "removedOn", "2022-10-01"));
            }
            if (n % 5 != 4) {
                // after the units' founding on 2025-07-01
                JsonNode second = plan(c, "2025-2030", unit, kinds[(n + 1) % kinds.length], "2025-07-20", "210-QĐ/TU");
                if (second != null && n % 7 == 3) {
                    create("plan-removal-" + second.path("id").asText(), API + "/plan-entries/" + second.path("id").asText()
                            + "/removal", organiser, Map.of("reason", "Chuyển công tác ra ngoài tỉnh", "decisionNumber", "305-QĐ/TU",
                            "removedOn", "2026-06-30"));
                }
            }
            n++;
        }
    }

    private JsonNode plan(Cadre c, String term, String unit, String kind, String on, String decision) {
        return create("plan-" + term + "-" + c.id() + "-" + kind, API + "/plan-entries", organiser, Map.of("term", term,
                "unitCode", unit, "positionKind", kind, "cadreId", c.id(), "addedOn", on, "decisionNumber", decision));
    }

    private void training(List<Cadre> hr, List<Cadre> a, List<Cadre> b) {
        JsonNode theory = create("programme-intermediate-2026", API + "/training/programmes", organiser, Map.of("unitCode", "bn",
                "kind", "INTERMEDIATE_POLITICAL_THEORY", "name", "Lớp Trung cấp lý luận chính trị K45 (2026)",
                "startsOn", "2026-03-02", "endsOn", "2026-10-30"));
        JsonNode principal = create("programme-principal-2026", API + "/training/programmes", organiser, Map.of("unitCode", "bn",
                "kind", "STATE_MANAGEMENT_PRINCIPAL", "name", "Bồi dưỡng QLNN ngạch chuyên viên chính 2026",
                "startsOn", "2026-05-04", "endsOn", "2026-07-24"));
        JsonNode refresher = create("programme-refresher-2026", API + "/training/programmes", organiserA, Map.of("unitCode",
                DemoData.COMMITTEE_A, "kind", "REFRESHER", "name", "Cập nhật kiến thức cho cán bộ chủ chốt 2026",
                "startsOn", "2026-08-10", "endsOn", "2026-08-14"));
        int i = 0;
        for (Cadre c : hr) {
            if (theory != null && c.person().politicalTheory().matches("NONE|ELEMENTARY") && i < 10) {
                enrol(theory, c, i % 3 != 2 ? "2026-10-30" : null, organiser);
                i++;
            }
        }
        int j = 0;
        for (Cadre c : hr) {
            if (principal != null && j++ < 5) {
                enrol(principal, c, "2026-07-24", organiser);
            }
        }
        for (Cadre c : a) {
            if (refresher != null) {
                enrol(refresher, c, "2026-08-14", organiserA);
            }
        }
    }

    private void enrol(JsonNode programme, Cadre c, String completedOn, String token) {
        JsonNode e = create("enrolment-" + programme.path("id").asText() + "-" + c.id(),
                API + "/training/programmes/" + programme.path("id").asText() + "/enrolments", token, Map.of("cadreId", c.id()));
        if (e != null && completedOn != null && e.path("completedOn").isNull()) {
            create("completion-" + e.path("id").asText(), API + "/training/enrolments/" + e.path("id").asText() + "/completion",
                    token, Map.of("completedOn", completedOn, "certificate", "CC-" + e.path("id").asText().substring(0, 8)));
        }
    }

    // ------------------------------------------------------------------------------------------ helpers

    /** POSTs with a key of its own; the answer, or null when a rule refused it (422) or it exists (409). */
    private JsonNode create(String key, String path, String token, Object body) {
        SuiteClient.Response r = client.post(path, token, body, Map.of("Idempotency-Key", "demo-cadre-" + key));
        if (r.status() == 422 || r.status() == 409) {
            System.out.printf("demo data: cadre: %s refused (%d): %s%n", key, r.status(), r.json().path("detail").asText());
            return null;
        }
        if (r.status() / 100 != 2) {
            throw new IllegalStateException("cadre demo: " + key + ": " + r.status() + " " + r.body());
        }
        counted(r);
        return r.json();
    }

    private void counted(SuiteClient.Response r) {
        if (!"true".equals(r.header("Idempotent-Replayed"))) {
            created++;
        }
    }

    private static void sleep() {
        try {
            Thread.sleep(1000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** The base committee a cell stands under today (Tân Yên's old cells under the commune they merged into). */
    private static String commune(String cell) {
        return cell.startsWith(DemoData.OLD_DISTRICT) ? DemoData.MERGED_INTO : cell.replaceAll("_cb\\d+$", "");
    }
}
