package vn.party.e2e.demo;

import vn.party.e2e.SuiteClient;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Loads the demo province through the gateway, as its province admin would: Đảng bộ tỉnh Bắc Ninh, two
 * committees directly under the province (the demo users district-a-admin and district-b-admin administer
 * them), base organisations of several types with their cells, and the commune and ward committees of
 * 2025-07-01 (real names from the 2025 reform). Safe to run again: units that exist are left as they are.
 *
 * <pre>java -cp ... vn.party.e2e.demo.DemoData [gateway-url]</pre>
 */
public final class DemoData {

    public static final String PROVINCE = "bn";
    public static final String COMMITTEE_A = "bn_cqd";
    public static final String COMMITTEE_B = "bn_ubnd";
    /** Base organisations the demo creates: ten of several types and the twelve communes and wards. */
    public static final int BASE_ORGANISATIONS = 22;

    private final SuiteClient client;
    private final String token;
    private int created;
    private int existing;

    private DemoData(SuiteClient client) {
        this.client = client;
        this.token = client.token("province-admin", "demo");
    }

    public static void main(String[] args) throws IOException {
        String gateway = args.length > 0 ? args[0] : "http://127.0.0.1:8080";
        DemoData demo = new DemoData(new SuiteClient(gateway));
        demo.load();
        System.out.printf("demo data: %d units created, %d already there%n", demo.created, demo.existing);
    }

    private void load() throws IOException {
        unit(PROVINCE, "Đảng bộ tỉnh Bắc Ninh", "PROVINCE_COMMITTEE", null, null);

        unit(COMMITTEE_A, "Đảng bộ các cơ quan Đảng tỉnh", "INTERMEDIATE_COMMITTEE", null, PROVINCE);
        unit("bn_cqd_vptu", "Chi bộ Văn phòng Tỉnh ủy", "BASE_CELL", "STATE_AGENCY", COMMITTEE_A);
        unit("bn_cqd_btc", "Đảng bộ Ban Tổ chức Tỉnh ủy", "BASE_COMMITTEE", "STATE_AGENCY", COMMITTEE_A);
        unit("bn_cqd_btc_cb1", "Chi bộ Phòng Tổ chức đảng, đảng viên", "CELL", null, "bn_cqd_btc");
        unit("bn_cqd_btc_cb2", "Chi bộ Phòng Bảo vệ chính trị nội bộ", "CELL", null, "bn_cqd_btc");
        unit("bn_cqd_bao", "Chi bộ Báo Bắc Ninh", "BASE_CELL", "PUBLIC_SERVICE_UNIT", COMMITTEE_A);

        unit(COMMITTEE_B, "Đảng bộ Ủy ban nhân dân tỉnh", "INTERMEDIATE_COMMITTEE", null, PROVINCE);
        unit("bn_ubnd_syt", "Đảng bộ Sở Y tế", "BASE_COMMITTEE", "HEALTH", COMMITTEE_B);
        unit("bn_ubnd_syt_bvdk", "Chi bộ Bệnh viện Đa khoa tỉnh", "CELL", null, "bn_ubnd_syt");
        unit("bn_ubnd_syt_cdc", "Chi bộ Trung tâm Kiểm soát bệnh tật", "CELL", null, "bn_ubnd_syt");
        unit("bn_ubnd_thpt_chuyen", "Chi bộ Trường THPT Chuyên Bắc Ninh", "BASE_CELL", "SCHOOL", COMMITTEE_B);
        unit("bn_ubnd_xskt", "Chi bộ Công ty TNHH MTV Xổ số kiến thiết Bắc Ninh", "BASE_CELL", "STATE_ENTERPRISE", COMMITTEE_B);
        unit("bn_ubnd_htx", "Chi bộ Hợp tác xã Nông nghiệp Yên Phong", "BASE_CELL", "COOPERATIVE", COMMITTEE_B);

        unit("bn_ca", "Đảng bộ Công an tỉnh", "BASE_COMMITTEE", "POLICE", PROVINCE);
        unit("bn_ca_pc01", "Chi bộ Phòng Tham mưu", "CELL", null, "bn_ca");
        unit("bn_bchqs", "Đảng bộ Bộ Chỉ huy Quân sự tỉnh", "BASE_COMMITTEE", "ARMY", PROVINCE);
        unit("bn_bchqs_cb1", "Chi bộ Cơ quan Tham mưu", "CELL", null, "bn_bchqs");
        unit("bn_samsung", "Chi bộ Công ty TNHH Samsung Electronics Việt Nam", "BASE_CELL", "PRIVATE_ENTERPRISE", PROVINCE);

        for (Map.Entry<String, String> commune : communes().entrySet()) {
            String code = PROVINCE + "_" + slug(commune.getValue());
            unit(code, "Đảng bộ " + lowerFirst(commune.getValue()), "BASE_COMMITTEE", "COMMUNE_WARD", PROVINCE);
            for (int cell = 1; cell <= 3; cell++) {
                unit(code + "_cb" + cell, "Chi bộ " + (commune.getValue().startsWith("Phường") ? "khu phố " : "thôn ") + cell,
                        "CELL", null, code);
            }
        }
    }

    private void unit(String code, String name, String kind, String organisationType, String parent) {
        if (client.get("/api/membership/v1/org-units/" + code, token).status() == 200) {
            existing++;
            return;
        }
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("code", code);
        body.put("name", name);
        body.put("kind", kind);
        if (organisationType != null) {
            body.put("organisationType", organisationType);
        }
        if (parent != null) {
            body.put("parentCode", parent);
        }
        body.put("foundedOn", "2025-07-01");
        SuiteClient.Response response = client.post("/api/membership/v1/org-units", token, body,
                Map.of("Idempotency-Key", "demo-" + code));
        if (response.status() == 201) {
            created++;
        } else if (response.status() == 409) {
            existing++; // founded meanwhile by someone else
        } else {
            throw new IllegalStateException("demo unit " + code + ": " + response.status() + " " + response.body());
        }
    }

    /** Code → name of the first communes and wards of Bắc Ninh after the 2025 reform. */
    private static Map<String, String> communes() throws IOException {
        Map<String, String> communes = new LinkedHashMap<>();
        try (var in = DemoData.class.getResourceAsStream("/demo/bac-ninh-communes-2025.tsv");
             var reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            List<String> lines = new ArrayList<>(reader.lines().toList());
            for (String line : lines) {
                if (line.startsWith("#") || line.isBlank()) {
                    continue;
                }
                String[] cols = line.split("\t");
                communes.put(cols[0], cols[1]);
            }
        }
        return communes;
    }

    /** "Phường Bắc Giang" → "p_bac_giang", "Xã Xuân Lương" → "x_xuan_luong": a unit code from a name. */
    static String slug(String name) {
        String ascii = Normalizer.normalize(name.replace('đ', 'd').replace('Đ', 'D'), Normalizer.Form.NFD)
                .replaceAll("\\p{M}", "").toLowerCase(Locale.ROOT);
        String[] words = ascii.split("[^a-z0-9]+");
        StringBuilder code = new StringBuilder(words[0].substring(0, 1));
        for (int i = 1; i < words.length; i++) {
            code.append('_').append(words[i]);
        }
        return code.toString();
    }

    private static String lowerFirst(String s) {
        return Character.toLowerCase(s.charAt(0)) + s.substring(1);
    }
}
