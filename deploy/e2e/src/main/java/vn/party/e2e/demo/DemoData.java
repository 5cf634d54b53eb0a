package vn.party.e2e.demo;

import vn.party.e2e.SuiteClient;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Loads the demo province through the gateway, as its admins would: Đảng bộ tỉnh Bắc Ninh, two committees
 * directly under the province (the demo users district-a-admin and district-b-admin administer them), base
 * organisations of several types with their cells, the commune and ward committees of 2025-07-01 (real names
 * from the 2025 reform), a district committee of before the reform whose communes are merged into one of them
 * on 2025-07-01 (a real merge, replayed through the restructuring API), then a few thousand members with
 * histories ({@link DemoMembers}). Deterministic (fixed seed) and safe to run again: what exists is kept.
 *
 * <pre>java -cp ... vn.party.e2e.demo.DemoData [gateway-url] [members]     (members: env DEMO_MEMBERS, default 3000)</pre>
 */
public final class DemoData {

    public static final String PROVINCE = "bn";
    public static final String COMMITTEE_A = "bn_cqd";
    public static final String COMMITTEE_B = "bn_ubnd";
    /** Base organisations standing today: ten of several types and the twelve communes and wards. */
    public static final int BASE_ORGANISATIONS = 22;
    public static final int DEFAULT_MEMBERS = 3000;
    public static final long SEED = 20250701L;

    /** The pre-reform district committee whose communes merged into {@link #MERGED_INTO} on 2025-07-01. */
    static final String OLD_DISTRICT = "bn_h_tan_yen";
    static final String MERGED_INTO = "bn_x_tan_yen";
    static final String MERGED_INTO_GSO_CODE = "07339";

    /** A unit the demo founds; weight is how many members a cell draws relative to others (0: not a cell). */
    record Unit(String code, String name, String kind, String organisationType, String parent, String foundedOn, int weight,
                String baseType) {
        boolean holdsMembers() {
            return kind.equals("CELL") || kind.equals("BASE_CELL");
        }
    }

    private final SuiteClient client;
    private final String token;
    private final List<Unit> units = new ArrayList<>();
    private final Map<String, String> communes;
    private final Map<String, String> formedFrom;
    private int created;
    private int existing;

    private DemoData(SuiteClient client) throws IOException {
        this.client = client;
        this.token = client.token("province-admin", "demo");
        this.communes = new LinkedHashMap<>();
        this.formedFrom = new LinkedHashMap<>();
        readCommunes(communes, formedFrom);
        plan();
    }

    public static void main(String[] args) throws Exception {
        long started = System.nanoTime();
        String gateway = args.length > 0 ? args[0] : "http://127.0.0.1:8080";
        int members = args.length > 1 ? Integer.parseInt(args[1])
                : Integer.parseInt(System.getenv().getOrDefault("DEMO_MEMBERS", String.valueOf(DEFAULT_MEMBERS)));
        SuiteClient client = new SuiteClient(gateway);
        DemoData demo = new DemoData(client);
        demo.foundUnits();
        System.out.printf("demo data: units: %d created, %d already there (%.1f s)%n", demo.created, demo.existing,
                seconds(started));
        List<Unit> cells = demo.units.stream().filter(Unit::holdsMembers).toList();
        DemoMembers.Result result = new DemoMembers(client, cells, new ArrayList<>(demo.communes.values()), SEED,
                () -> demo.replayMerge()).load(members);
        System.out.printf("demo data: inspection: %d records created%n", new InspectionDemo(client, demo.token).load());
        System.out.printf("demo data: cadre: %s%n", new CadreDemo(client, demo.token, cells, new ArrayList<>(demo.communes.values())).load());
        System.out.printf("demo data: %d units (%d created), %d members (%d registered), %s in %.1f s%n",
                demo.units.size(), demo.created, members, result.registered(), result.histories(), seconds(started));
    }

    private static double seconds(long since) {
        return (System.nanoTime() - since) / 1e9;
    }

    private void plan() {
        // Bắc Ninh was re-established on 1997-01-01; the units below date from the reform unless said otherwise.
        add(PROVINCE, "Đảng bộ tỉnh Bắc Ninh", "PROVINCE_COMMITTEE", null, null, "1997-01-01", 0);

        add(COMMITTEE_A, "Đảng bộ các cơ quan Đảng tỉnh", "INTERMEDIATE_COMMITTEE", null, PROVINCE);
        add("bn_cqd_vptu", "Chi bộ Văn phòng Tỉnh ủy", "BASE_CELL", "STATE_AGENCY", COMMITTEE_A, 2);
        add("bn_cqd_btc", "Đảng bộ Ban Tổ chức Tỉnh ủy", "BASE_COMMITTEE", "STATE_AGENCY", COMMITTEE_A);
        add("bn_cqd_btc_cb1", "Chi bộ Phòng Tổ chức đảng, đảng viên", "CELL", null, "bn_cqd_btc", 1);
        add("bn_cqd_btc_cb2", "Chi bộ Phòng Bảo vệ chính trị nội bộ", "CELL", null, "bn_cqd_btc", 1);
        add("bn_cqd_btc_cb3", "Chi bộ Văn phòng Ban", "CELL", null, "bn_cqd_btc", 1);
        add("bn_cqd_bao", "Chi bộ Báo Bắc Ninh", "BASE_CELL", "PUBLIC_SERVICE_UNIT", COMMITTEE_A, 2);

        add(COMMITTEE_B, "Đảng bộ Ủy ban nhân dân tỉnh", "INTERMEDIATE_COMMITTEE", null, PROVINCE);
        add("bn_ubnd_syt", "Đảng bộ Sở Y tế", "BASE_COMMITTEE", "HEALTH", COMMITTEE_B);
        add("bn_ubnd_syt_bvdk", "Chi bộ Bệnh viện Đa khoa tỉnh", "CELL", null, "bn_ubnd_syt", 3);
        add("bn_ubnd_syt_cdc", "Chi bộ Trung tâm Kiểm soát bệnh tật", "CELL", null, "bn_ubnd_syt", 1);
        add("bn_ubnd_syt_vp", "Chi bộ Văn phòng Sở", "CELL", null, "bn_ubnd_syt", 1);
        add("bn_ubnd_thpt_chuyen", "Chi bộ Trường THPT Chuyên Bắc Ninh", "BASE_CELL", "SCHOOL", COMMITTEE_B, 2);
        add("bn_ubnd_xskt", "Chi bộ Công ty TNHH MTV Xổ số kiến thiết Bắc Ninh", "BASE_CELL", "STATE_ENTERPRISE", COMMITTEE_B, 1);
        add("bn_ubnd_htx", "Chi bộ Hợp tác xã Nông nghiệp Yên Phong", "BASE_CELL", "COOPERATIVE", COMMITTEE_B, 1);

        add("bn_ca", "Đảng bộ Công an tỉnh", "BASE_COMMITTEE", "POLICE", PROVINCE);
        add("bn_ca_pc01", "Chi bộ Phòng Tham mưu", "CELL", null, "bn_ca", 3);
        add("bn_ca_pa03", "Chi bộ Phòng An ninh kinh tế", "CELL", null, "bn_ca", 2);
        add("bn_ca_pc02", "Chi bộ Phòng Cảnh sát hình sự", "CELL", null, "bn_ca", 3);
        add("bn_bchqs", "Đảng bộ Bộ Chỉ huy Quân sự tỉnh", "BASE_COMMITTEE", "ARMY", PROVINCE);
        add("bn_bchqs_cb1", "Chi bộ Cơ quan Tham mưu", "CELL", null, "bn_bchqs", 2);
        add("bn_bchqs_cb2", "Chi bộ Cơ quan Chính trị", "CELL", null, "bn_bchqs", 2);
        add("bn_bchqs_cb3", "Chi bộ Cơ quan Hậu cần - Kỹ thuật", "CELL", null, "bn_bchqs", 2);
        add("bn_samsung", "Chi bộ Công ty TNHH Samsung Electronics Việt Nam", "BASE_CELL", "PRIVATE_ENTERPRISE", PROVINCE, 2);

        for (Map.Entry<String, String> commune : communes.entrySet()) {
            String code = PROVINCE + "_" + slug(commune.getValue());
            add(code, "Đảng bộ " + lowerFirst(commune.getValue()), "BASE_COMMITTEE", communeType(commune.getValue()), PROVINCE);
            for (int cell = 1; cell <= 3; cell++) {
                add(code + "_cb" + cell, "Chi bộ " + (commune.getValue().startsWith("Phường") ? "khu phố " : "thôn ") + cell,
                        "CELL", null, code, 6);
            }
        }

        // Before 2025-07-01: the district committee of Tân Yên and the communes that formed Xã Tân Yên (from the
        // reform file). They stood in Bắc Giang province then; the demo keeps them in its one province tree.
        add(OLD_DISTRICT, "Đảng bộ huyện Tân Yên", "INTERMEDIATE_COMMITTEE", null, PROVINCE, "2010-01-01", 0);
        for (String old : formedFrom.get(MERGED_INTO_GSO_CODE).split(";\\s*")) {
            String code = OLD_DISTRICT + "_" + slug(old);
            add(code, "Đảng bộ " + lowerFirst(old), "BASE_COMMITTEE", communeType(old), OLD_DISTRICT, "2010-01-01", 0);
            for (int cell = 1; cell <= 2; cell++) {
                add(code + "_cb" + cell, "Chi bộ " + (old.startsWith("Thị trấn") ? "tổ dân phố " : "thôn ") + cell,
                        "CELL", null, code, "2010-01-01", 5);
            }
        }
    }

    private void add(String code, String name, String kind, String type, String parent) {
        add(code, name, kind, type, parent, "2025-07-01", 0);
    }

    private void add(String code, String name, String kind, String type, String parent, int weight) {
        add(code, name, kind, type, parent, "2025-07-01", weight);
    }

    private void add(String code, String name, String kind, String type, String parent, String foundedOn, int weight) {
        // a cell's type of organisation is that of its base organisation
        String baseType = type != null ? type : units.stream().filter(u -> u.code().equals(parent))
                .map(Unit::baseType).filter(java.util.Objects::nonNull).findFirst().orElse(null);
        units.add(new Unit(code, name, kind, type, parent, foundedOn, weight, baseType));
    }

    private void foundUnits() {
        for (Unit u : units) {
            unit(u);
        }
    }

    /** Xã, phường, thị trấn by the name's first word: committees count them apart. */
    static String communeType(String name) {
        return name.startsWith("Phường") ? "WARD" : name.startsWith("Thị trấn") ? "TOWN" : "COMMUNE";
    }

    private void unit(Unit u) {
        if (client.get("/api/membership/v1/org-units/" + u.code(), token).status() == 200) {
            existing++;
            return;
        }
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("code", u.code());
        body.put("name", u.name());
        body.put("kind", u.kind());
        if (u.organisationType() != null) {
            body.put("organisationType", u.organisationType());
        }
        if (u.parent() != null) {
            body.put("parentCode", u.parent());
        }
        if ("CELL".equals(u.kind()) && List.of("COMMUNE", "WARD", "TOWN").contains(u.baseType())) {
            body.put("cellKind", "RESIDENTIAL"); // the villages' and residential quarters' cells of a commune or ward
        }
        body.put("foundedOn", u.foundedOn());
        SuiteClient.Response response = client.post("/api/membership/v1/org-units", token, body,
                Map.of("Idempotency-Key", "demo-" + u.code()));
        if (response.status() == 201) {
            created++;
        } else if (response.status() == 409) {
            existing++; // founded meanwhile by someone else
        } else {
            throw new IllegalStateException("demo unit " + u.code() + ": " + response.status() + " " + response.body());
        }
    }

    /**
     * 2025-07-01: the communes of Tân Yên merge into Xã Tân Yên (their cells move under it), and the district
     * committee, left empty, is dissolved. Returns false when it had been replayed already.
     */
    boolean replayMerge() {
        // the district stands today only until the merge has been replayed (the plain view does not say dissolved)
        if (client.get("/api/membership/v1/org-units/" + OLD_DISTRICT + "?asOf=" + java.time.LocalDate.now(), token)
                .status() != 200) {
            return false;
        }
        List<String> old = Arrays.stream(formedFrom.get(MERGED_INTO_GSO_CODE).split(";\\s*"))
                .map(name -> OLD_DISTRICT + "_" + slug(name)).toList();
        SuiteClient.Response merged = client.post("/api/membership/v1/restructurings/merge", token,
                Map.of("unitCodes", old, "intoUnitCode", MERGED_INTO, "effectiveOn", "2025-07-01"),
                Map.of("Idempotency-Key", "demo-merge-" + MERGED_INTO));
        if (merged.status() != 200 && merged.status() != 201) {
            throw new IllegalStateException("demo merge: " + merged.status() + " " + merged.body());
        }
        SuiteClient.Response dissolved = client.post("/api/membership/v1/restructurings/dissolve", token,
                Map.of("unitCode", OLD_DISTRICT, "effectiveOn", "2025-07-01"),
                Map.of("Idempotency-Key", "demo-dissolve-" + OLD_DISTRICT));
        if (dissolved.status() != 200 && dissolved.status() != 201) {
            throw new IllegalStateException("demo dissolution: " + dissolved.status() + " " + dissolved.body());
        }
        return true;
    }

    /** Code → name of the first communes and wards of Bắc Ninh after the 2025 reform, and what formed each. */
    private static void readCommunes(Map<String, String> names, Map<String, String> formedFrom) throws IOException {
        try (var in = DemoData.class.getResourceAsStream("/demo/bac-ninh-communes-2025.tsv");
             var reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            for (String line : reader.lines().toList()) {
                if (line.startsWith("#") || line.isBlank()) {
                    continue;
                }
                String[] cols = line.split("\t");
                names.put(cols[0], cols[1]);
                formedFrom.put(cols[0], cols.length > 2 ? cols[2] : cols[1]);
            }
        }
    }

    /** "Phường Bắc Giang" → "p_bac_giang", "Xã Xuân Lương" → "x_xuan_luong": a unit code from a name. */
    static String slug(String name) {
        String[] words = fold(name).split("[^a-z0-9]+");
        StringBuilder code = new StringBuilder(words[0].substring(0, 1));
        for (int i = 1; i < words.length; i++) {
            code.append('_').append(words[i]);
        }
        return code.toString();
    }

    /** Lower case without diacritics (đ as d), as a user types a name without them. */
    public static String fold(String text) {
        return Normalizer.normalize(text.replace('đ', 'd').replace('Đ', 'D'), Normalizer.Form.NFD)
                .replaceAll("\\p{M}", "").toLowerCase(Locale.ROOT);
    }

    private static String lowerFirst(String s) {
        return Character.toLowerCase(s.charAt(0)) + s.substring(1);
    }
}
