package vn.party.e2e.demo;

import com.fasterxml.jackson.databind.JsonNode;
import vn.party.e2e.SuiteClient;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BooleanSupplier;
import java.util.stream.Collectors;

/**
 * The demo's members and their histories, through the API as the demo admins would enter them: each
 * district admin registers the members of its own committee, the province admin the rest. Eight requests at
 * a time. What already exists is recognised (listing by card number, or name and birth date; a 409 on the
 * national ID) and skipped, so a re-run adds only what is missing.
 */
final class DemoMembers {

    record Result(int registered, String histories) {
    }

    private static final String API = "/api/membership/v1";
    private static final int THREADS = Integer.parseInt(System.getenv().getOrDefault("DEMO_THREADS", "8"));
    /** Cells whose minutes, dues and grading the demo records: nobody moves in or out of them. */
    private static final Set<String> QUIET_CELLS = Set.of("bn_cqd_vptu", "bn_ubnd_syt_bvdk", "bn_p_bac_giang_cb1");

    private final SuiteClient client;
    private final List<DemoData.Unit> cells;
    private final DemoPeople people;
    private final BooleanSupplier merge;
    private final Tokens province;
    private final Tokens districtA;
    private final Tokens districtB;
    private final Map<String, String> parents = new ConcurrentHashMap<>();
    private final Map<String, AtomicInteger> counts = new LinkedHashMap<>();

    DemoMembers(SuiteClient client, List<DemoData.Unit> cells, List<String> hometowns, long seed, BooleanSupplier merge) {
        this.client = client;
        this.cells = cells;
        this.people = new DemoPeople(seed, cells, hometowns);
        this.merge = merge;
        this.province = new Tokens(client, "province-admin");
        this.districtA = new Tokens(client, "district-a-admin");
        this.districtB = new Tokens(client, "district-b-admin");
        for (String k : List.of("admitted", "confirmed", "exits", "transfers", "attachments", "targets", "meetings",
                "dues", "grades")) {
            counts.put(k, new AtomicInteger());
        }
    }

    Result load(int size) throws Exception {
        long started = System.nanoTime();
        List<DemoPeople.Person> planned = new ArrayList<>(size);
        for (int i = 0; i < size; i++) {
            planned.add(people.person(i));
        }
        Map<String, JsonNode> known = listAll();
        System.out.printf("demo data: %d members already there%n", known.size());

        Map<Integer, JsonNode> records = new ConcurrentHashMap<>();
        AtomicInteger registered = new AtomicInteger();
        AtomicInteger done = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(THREADS);
        try {
            run(pool, planned, p -> {
                JsonNode record = known.get(p.key());
                if (record == null) {
                    record = register(p);
                    registered.incrementAndGet();
                }
                records.put(p.index(), record);
                int n = done.incrementAndGet();
                if (n % 500 == 0) {
                    System.out.printf("demo data: %d / %d members (%.0f s)%n", n, size, (System.nanoTime() - started) / 1e9);
                }
            });
            if (merge.getAsBoolean()) {
                System.out.println("demo data: replayed the 2025-07-01 merge into " + DemoData.MERGED_INTO);
            }
            histories(pool, planned, records);
        } finally {
            pool.shutdown();
            pool.awaitTermination(1, TimeUnit.MINUTES);
        }
        String histories = counts.entrySet().stream().map(e -> e.getValue() + " " + e.getKey())
                .collect(Collectors.joining(", "));
        return new Result(registered.get(), histories);
    }

    // ------------------------------------------------------------------------------------------ members

    /** Every record the province admin sees, by the key a demo person is recognised by. */
    private Map<String, JsonNode> listAll() {
        Map<String, JsonNode> known = new HashMap<>();
        String after = null;
        do {
            SuiteClient.Response page = ok(client.get(API + "/members?limit=500"
                    + (after == null ? "" : "&after=" + after), province.get()), "listing members");
            for (JsonNode m : page.json().path("items")) {
                if (m.hasNonNull("partyCardNumber")) {
                    known.put("card:" + m.path("partyCardNumber").asText(), m);
                }
                known.put("name:" + m.path("fullName").asText() + "|" + m.path("dateOfBirth").asText(), m);
            }
            after = page.json().hasNonNull("next") ? page.json().path("next").asText() : null;
        } while (after != null);
        return known;
    }

    private JsonNode register(DemoPeople.Person p) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("nationalId", p.nationalId());
        body.put("fullName", p.fullName());
        body.put("dateOfBirth", p.dateOfBirth().toString());
        body.put("sex", p.sex());
        body.put("ethnicity", p.ethnicity());
        body.put("religion", p.religion());
        body.put("hometown", p.hometown());
        body.put("education", p.education());
        if (p.qualification() != null) {
            body.put("professionalQualification", p.qualification());
        }
        body.put("politicalTheory", p.politicalTheory());
        body.put("occupation", p.occupation());
        body.put("unitCode", p.cell());
        body.put("status", p.status().name());
        if (p.partyCardNumber() != null) {
            body.put("partyCardNumber", p.partyCardNumber());
        }
        if (p.admittedOn() != null) {
            body.put("admittedOn", p.admittedOn().toString());
        }
        if (p.confirmedOn() != null) {
            body.put("confirmedOn", p.confirmedOn().toString());
        }
        if (p.inUnitSince() != null) {
            body.put("inUnitSince", p.inUnitSince().toString());
        }
        Tokens owner = owner(p.cell());
        SuiteClient.Response response = client.post(API + "/members", owner.get(), body,
                Map.of("Idempotency-Key", "demo-member-" + p.nationalId()));
        if (response.status() == 409) {
            // registered before under another name or date: found by national ID
            JsonNode items = ok(client.get(API + "/members?nationalId=" + p.nationalId(), owner.get()), "member by ID")
                    .json().path("items");
            if (items.size() == 1) {
                return items.get(0);
            }
        }
        return ok(response, "registering " + p.fullName()).json();
    }

    // ---------------------------------------------------------------------------------------- histories

    private void histories(ExecutorService pool, List<DemoPeople.Person> planned, Map<Integer, JsonNode> records)
            throws Exception {
        Set<String> transferred = transferredMembers();
        List<String> movable = cells.stream().map(DemoData.Unit::code).filter(c -> !QUIET_CELLS.contains(c)).toList();
        run(pool, planned, p -> {
            JsonNode r = records.get(p.index());
            String id = r.path("id").asText();
            String status = r.path("status").asText();
            String unit = r.path("unitCode").asText();
            if (QUIET_CELLS.contains(p.cell()) || !unit.equals(p.cell())) {
                return;
            }
            int i = p.index();
            if (p.status() == DemoPeople.Status.CANDIDATE) {
                if (status.equals("CANDIDATE") && i % 3 != 2) {
                    admit(p, id, i % 3 == 0);
                }
            } else if (p.status() == DemoPeople.Status.FULL && !status.equals("LEFT")) {
                if (i % 97 == 5) {
                    exit(p, id, "STRUCK_OFF", LocalDate.of(2026, 3 + i % 6, 1),
                            "Bỏ sinh hoạt đảng 3 tháng trong năm không có lý do chính đáng");
                } else if (i % 41 == 7 && p.ageOn(DemoPeople.ANCHOR) >= 75) {
                    exit(p, id, "DECEASED", LocalDate.of(2026, 1 + i % 9, 10), null);
                } else if (i % 113 == 11 && !transferred.contains(id)) {
                    transfer(p, id, movable.get((movable.indexOf(p.cell()) + 1 + i % 7) % movable.size()), false);
                } else if (i % 131 == 17 && !transferred.contains(id)) {
                    transfer(p, id, movable.get((movable.indexOf(p.cell()) + 2 + i % 5) % movable.size()), true);
                }
            }
        });
        System.out.printf("demo data: histories: %s%n", counts);
        targets(planned);
        // minutes and dues of the quiet cells, one cell per task
        List<Runnable> cellWork = new ArrayList<>();
        for (String cell : QUIET_CELLS) {
            List<DemoPeople.Person> inCell = planned.stream().filter(p -> p.cell().equals(cell)).toList();
            Map<String, String> ids = inCell.stream().collect(Collectors.toMap(p -> String.valueOf(p.index()),
                    p -> records.get(p.index()).path("id").asText()));
            cellWork.add(() -> meetingsAndDues(cell, inCell, ids));
        }
        cellWork.add(() -> grading(planned, records));
        List<Future<?>> futures = new ArrayList<>();
        for (Runnable w : cellWork) {
            futures.add(pool.submit(w));
        }
        for (Future<?> f : futures) {
            f.get();
        }
    }

    /** Cell vote, committee decision, ceremony; the early ones also confirmed after their probationary year. */
    private void admit(DemoPeople.Person p, String memberId, boolean early) {
        Tokens owner = owner(p.cell());
        LocalDate vote = early ? LocalDate.of(2025, 10, 1).plusDays(p.index() % 20)
                : LocalDate.of(2026, 8, 3).plusDays(p.index() % 20);
        LocalDate decided = vote.plusDays(10);
        LocalDate ceremony = decided.plusDays(14);
        SuiteClient.Response admission = ok(client.post(API + "/admissions", owner.get(), Map.of(
                "memberId", memberId, "cellVoteOn", vote.toString(), "decidedOn", decided.toString(),
                "decidedByUnitCode", parent(p.cell()), "decisionNumber", (100 + p.index() % 800) + "-QĐ/ĐU"),
                Map.of("Idempotency-Key", "demo-admission-" + memberId)), "admitting " + p.fullName());
        String id = admission.json().path("id").asText();
        ok(client.post(API + "/admissions/" + id + "/ceremony", owner.get(), Map.of("heldOn", ceremony.toString()),
                Map.of()), "ceremony of " + p.fullName());
        counts.get("admitted").incrementAndGet();
        if (early) {
            ok(client.post(API + "/admissions/" + id + "/confirmation", owner.get(), Map.of(
                    "decidedOn", ceremony.plusYears(1).plusDays(5).toString(),
                    "decisionNumber", (300 + p.index() % 600) + "-QĐ/ĐU"), Map.of()), "confirming " + p.fullName());
            counts.get("confirmed").incrementAndGet();
        }
    }

    private void exit(DemoPeople.Person p, String memberId, String kind, LocalDate on, String reason) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("kind", kind);
        body.put("effectiveOn", on.toString());
        if (reason != null) {
            body.put("reason", reason);
        }
        ok(client.post(API + "/members/" + memberId + "/exit", owner(p.cell()).get(), body, Map.of()), "exit of " + p.fullName());
        counts.get("exits").incrementAndGet();
    }

    /** Sent by the province office, received by the receiving cell's committee (here too the province admin). */
    private void transfer(DemoPeople.Person p, String memberId, String to, boolean temporary) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("memberId", memberId);
        body.put("kind", temporary ? "TEMPORARY" : "PERMANENT");
        body.put("toUnitCode", to);
        body.put("movedOn", temporary ? "2026-08-25" : "2026-08-03");
        body.put("letterOn", temporary ? "2026-09-01" : "2026-08-17");
        if (temporary) {
            body.put("until", "2027-02-28");
        }
        SuiteClient.Response sent = ok(client.post(API + "/transfers", province.get(), body,
                Map.of("Idempotency-Key", "demo-transfer-" + memberId)), "transfer of " + p.fullName());
        if (sent.json().path("status").asText().equals("SENT")) {
            ok(client.post(API + "/transfers/" + sent.json().path("id").asText() + "/receive", province.get(),
                    Map.of("reportedOn", temporary ? "2026-09-08" : "2026-09-07"), Map.of()), "receiving " + p.fullName());
        }
        counts.get(temporary ? "attachments" : "transfers").incrementAndGet();
    }

    private Set<String> transferredMembers() {
        Set<String> ids = ConcurrentHashMap.newKeySet();
        String after = null;
        do {
            JsonNode page = ok(client.get(API + "/transfers?direction=IN&limit=500" + (after == null ? "" : "&after=" + after),
                    province.get()), "listing transfers").json();
            page.path("items").forEach(t -> ids.add(t.path("memberId").asText()));
            after = page.hasNonNull("next") ? page.path("next").asText() : null;
        } while (after != null);
        return ids;
    }

    /** The year's admission target of every base organisation: about one for every 30 members. */
    private void targets(List<DemoPeople.Person> planned) {
        Map<String, Integer> perBase = new LinkedHashMap<>();
        for (DemoPeople.Person p : planned) {
            perBase.merge(base(p.cell()), 1, Integer::sum);
        }
        perBase.forEach((base, members) -> {
            ok(client.put(API + "/admissions/targets/" + base + "/2026", owner(base).get(),
                    Map.of("target", Math.max(1, members / 30)), Map.of()), "target of " + base);
            counts.get("targets").incrementAndGet(); // a PUT: set again to the same value
        });
    }

    /** Regular meetings of Aug-Oct 2026, a thematic one in September, and the dues of those months. */
    private void meetingsAndDues(String cell, List<DemoPeople.Person> inCell, Map<String, String> ids) {
        Tokens owner = owner(cell);
        for (int month = 8; month <= 10; month++) {
            LocalDate heldOn = LocalDate.of(2026, month, 5);
            boolean recorded = meeting(owner, cell, heldOn, "REGULAR", null, inCell, ids);
            if (recorded && month == 9) {
                meeting(owner, cell, LocalDate.of(2026, 9, 22), "THEMATIC",
                        "Học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh", inCell, ids);
            }
            YearMonth ym = YearMonth.of(2026, month);
            List<Map<String, Object>> payments = new ArrayList<>();
            for (DemoPeople.Person p : officialOn(inCell, ym.atEndOfMonth())) {
                if (p.index() % 17 == 3) {
                    continue; // some pay late: arrears to show
                }
                long amount = switch (p.occupation()) {
                    case "Hưu trí" -> 30_000;
                    case "Nông dân", "Kinh doanh", "Công nhân", "Cán bộ thôn" -> 20_000;
                    default -> 85_000;
                };
                payments.add(Map.of("memberId", ids.get(String.valueOf(p.index())), "amountPaidDong", amount,
                        "paidOn", ym.atDay(20).toString()));
            }
            if (!payments.isEmpty()) {
                SuiteClient.Response paid = client.post(API + "/dues/collections/" + cell + "/" + ym + "/payments",
                        owner.get(), Map.of("payments", payments), Map.of("Idempotency-Key", "demo-dues-" + cell + "-" + ym));
                if (paid.status() != 409 && fresh(ok(paid, "dues of " + cell + " " + ym))) {
                    counts.get("dues").addAndGet(payments.size());
                }
            }
        }
    }

    private boolean meeting(Tokens owner, String cell, LocalDate heldOn, String kind, String theme,
                            List<DemoPeople.Person> inCell, Map<String, String> ids) {
        List<Map<String, Object>> rows = new ArrayList<>();
        int n = 0;
        for (DemoPeople.Person p : officialOn(inCell, heldOn)) {
            int roll = (p.index() * 31 + heldOn.getMonthValue()) % 100;
            rows.add(Map.of("memberId", ids.get(String.valueOf(p.index())),
                    "attendance", roll < 90 ? "PRESENT" : roll < 97 ? "ABSENT_WITH_REASON" : "ABSENT_WITHOUT_REASON",
                    "committeeMember", n++ < 3));
        }
        if (rows.isEmpty()) {
            return false;
        }
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("cellCode", cell);
        body.put("heldOn", heldOn.toString());
        body.put("kind", kind);
        if (theme != null) {
            body.put("theme", theme);
        }
        body.put("attendance", rows);
        SuiteClient.Response response = client.post(API + "/meetings", owner.get(), body,
                Map.of("Idempotency-Key", "demo-meeting-" + cell + "-" + heldOn));
        if (response.status() == 409) {
            return false; // held already: an earlier run
        }
        if (fresh(ok(response, kind + " meeting of " + cell + " on " + heldOn))) {
            counts.get("meetings").incrementAndGet();
        }
        return true;
    }

    /**
     * The 2025 grading round of every base organisation with official members on 31 December 2025: its members
     * graded in one bulk entry, itself graded, then closed. Rows the round refuses (a member the demo planned but
     * the service counts elsewhere on that day) are left out and the rest entered again. A round already closed
     * by an earlier run is kept.
     */
    private void grading(List<DemoPeople.Person> planned, Map<Integer, JsonNode> records) {
        Map<String, List<DemoPeople.Person>> byBase = new java.util.TreeMap<>();
        for (DemoPeople.Person p : officialOn(planned, LocalDate.of(2025, 12, 31))) {
            byBase.computeIfAbsent(base(p.cell()), b -> new ArrayList<>()).add(p);
        }
        byBase.forEach((base, members) -> gradeBase(base, members, records));
    }

    private void gradeBase(String base, List<DemoPeople.Person> members, Map<Integer, JsonNode> records) {
        Tokens owner = owner(base);
        JsonNode rounds = ok(client.get(API + "/grading-rounds?unit=" + base + "&year=2025", owner.get()),
                "grading rounds").json().path("items");
        String round;
        if (rounds.isEmpty()) {
            round = ok(client.post(API + "/grading-rounds", owner.get(), Map.of("unitCode", base, "year", 2025),
                    Map.of("Idempotency-Key", "demo-grading-" + base + "-2025")), "opening the grading round of " + base)
                    .json().path("id").asText();
        } else if (rounds.get(0).path("status").asText().equals("OPEN")) {
            round = rounds.get(0).path("id").asText();
        } else {
            return;
        }
        List<Map<String, Object>> rows = new ArrayList<>();
        int n = 0;
        for (DemoPeople.Person p : members) {
            // one in ten excellent, and only from the tenth on: never above 20% of those graded good
            int k = n++ % 10;
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("memberId", records.get(p.index()).path("id").asText());
            row.put("grade", k == 9 ? "EXCELLENT" : k == 8 ? "COMPLETED" : "GOOD");
            row.put("score", k == 9 ? 92 : k == 8 ? 62 : 78 + k);
            rows.add(row);
        }
        for (int attempt = 0; attempt < 3 && !rows.isEmpty(); attempt++) {
            SuiteClient.Response entered = client.put(API + "/grading-rounds/" + round + "/members", owner.get(),
                    Map.of("grades", rows), Map.of());
            if (entered.status() / 100 == 2) {
                counts.get("grades").addAndGet(entered.json().path("entered").asInt());
                break;
            }
            if (entered.status() != 422 || !entered.json().has("rows")) {
                ok(entered, "grading the members of " + base);
            }
            Set<Integer> refused = new java.util.HashSet<>();
            entered.json().path("rows").forEach(r -> refused.add(r.path("index").asInt()));
            List<Map<String, Object>> kept = new ArrayList<>();
            for (int i = 0; i < rows.size(); i++) {
                if (!refused.contains(i)) {
                    kept.add(rows.get(i));
                }
            }
            rows = kept;
        }
        ok(client.put(API + "/grading-rounds/" + round + "/organisations/" + base, owner.get(),
                Map.of("grade", "GOOD", "score", 84), Map.of()), "grading " + base);
        SuiteClient.Response closed = client.post(API + "/grading-rounds/" + round + "/close", owner.get(),
                Map.of("closedOn", "2026-01-20"), Map.of());
        if (closed.status() == 422) {
            // the excellent quota, once refused rows changed the shares: the round stays open, its drafts unpublished
            System.out.printf("demo data: the 2025 grading round of %s stays open: %s%n", base, closed.body());
        } else if (closed.status() != 409) {
            ok(closed, "closing the grading round of " + base);
        }
    }

    /**
     * Official members of a quiet cell on a day. A member registered as FULL has a status from the confirmation
     * date only (the record starts there), a PROBATIONARY one from the admission date.
     */
    private static List<DemoPeople.Person> officialOn(List<DemoPeople.Person> inCell, LocalDate day) {
        return inCell.stream().filter(p -> p.status() == DemoPeople.Status.FULL && !p.confirmedOn().isAfter(day)
                || p.status() == DemoPeople.Status.PROBATIONARY && !p.admittedOn().isAfter(day)).toList();
    }

    // ------------------------------------------------------------------------------------------ helpers

    private Tokens owner(String unit) {
        return unit.startsWith(DemoData.COMMITTEE_A) ? districtA : unit.startsWith(DemoData.COMMITTEE_B) ? districtB : province;
    }

    /** The committee above a cell (today's tree: after the merge, Tân Yên's old cells stand under Xã Tân Yên). */
    private String parent(String cell) {
        return parents.computeIfAbsent(cell, c -> ok(client.get(API + "/org-units/" + c, province.get()), "unit " + c)
                .json().path("parentCode").asText());
    }

    /** The base organisation a cell belongs to: itself for a base cell. */
    private String base(String cell) {
        DemoData.Unit unit = cells.stream().filter(u -> u.code().equals(cell)).findFirst().orElseThrow();
        return unit.kind().equals("BASE_CELL") ? cell : parent(cell);
    }

    /** Not the stored answer to a request an earlier run made with the same Idempotency-Key. */
    private static boolean fresh(SuiteClient.Response response) {
        return response.header("Idempotent-Replayed") == null;
    }

    private static SuiteClient.Response ok(SuiteClient.Response response, String what) {
        if (response.status() / 100 != 2) {
            throw new IllegalStateException(what + ": " + response.status() + " " + response.body());
        }
        return response;
    }

    interface Work {
        void on(DemoPeople.Person p) throws Exception;
    }

    /** Runs the work for every person on the pool; the first failure stops the load. */
    private static void run(ExecutorService pool, List<DemoPeople.Person> planned, Work work) throws Exception {
        List<Future<?>> futures = new ArrayList<>(planned.size());
        for (DemoPeople.Person p : planned) {
            futures.add(pool.submit(() -> {
                work.on(p);
                return null;
            }));
        }
        for (Future<?> f : futures) {
            try {
                f.get();
            } catch (java.util.concurrent.ExecutionException e) {
                futures.forEach(x -> x.cancel(false));
                throw e.getCause() instanceof Exception ex ? ex : e;
            }
        }
    }

    /** A demo user's token, fetched again before it expires (Keycloak's local realm: 5 minutes). */
    static final class Tokens {
        private final SuiteClient client;
        private final String user;
        private String token;
        private long fetchedAt;

        Tokens(SuiteClient client, String user) {
            this.client = client;
            this.user = user;
        }

        synchronized String get() {
            if (token == null || System.nanoTime() - fetchedAt > TimeUnit.SECONDS.toNanos(200)) {
                token = client.token(user, "demo");
                fetchedAt = System.nanoTime();
            }
            return token;
        }
    }

    static String encode(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }
}
