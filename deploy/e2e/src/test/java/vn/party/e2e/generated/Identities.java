package vn.party.e2e.generated;

import vn.party.e2e.SuiteClient;

import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.nio.charset.StandardCharsets;

/**
 * The callers the generated tests act as: the demo users of two committees (A: bn_cqd, B: bn_ubnd) in each
 * role, the province admin, users whose token gives no scope, and tokens every service must refuse.
 */
final class Identities {

    static final List<String> ROLES = List.of("province-admin", "unit-admin", "inspector", "organiser", "viewer");

    final Map<String, String> committeeA = new LinkedHashMap<>();   // role -> token of a user of committee A
    final Map<String, String> committeeB = new LinkedHashMap<>();
    final String province;
    final String noUnit;
    final String dissolvedUnit;
    /** label -> token that is not one of ours (null: no token at all) */
    final Map<String, String> refused = new LinkedHashMap<>();

    private Identities(SuiteClient suite) {
        province = suite.token("province-admin", "demo");
        committeeA.put("province-admin", province);
        committeeA.put("unit-admin", suite.token("district-a-admin", "demo"));
        committeeA.put("inspector", suite.token("inspector-a", "demo"));
        committeeA.put("organiser", suite.token("organiser-a", "demo"));
        committeeA.put("viewer", suite.token("viewer-a", "demo"));
        committeeB.put("unit-admin", suite.token("district-b-admin", "demo"));
        committeeB.put("inspector", suite.token("inspector-b", "demo"));
        committeeB.put("organiser", suite.token("organiser-b", "demo"));
        noUnit = suite.token("no-unit-admin", "demo");
        dissolvedUnit = suite.token("dissolved-unit-admin", "demo");

        String shortLived = suite.token(SuiteClient.REALM, "e2e-short-lived", "district-a-admin", "demo");
        refused.put("no token", null);
        refused.put("garbage token", "not-a-token");
        refused.put("forged token (alg none)", unsigned(shortLived));
        refused.put("another audience's token", suite.token(SuiteClient.REALM, "e2e-other-audience", "district-a-admin", "demo"));
        refused.put("another issuer's token (realm master)", suite.token("master", "admin-cli", "admin", "admin"));
        try {
            Thread.sleep(2_500);   // e2e-short-lived tokens live 1 s
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        refused.put("expired token", shortLived);
    }

    static Identities logIn(SuiteClient suite) {
        return new Identities(suite);
    }

    /** The same claims with the signature stripped and alg "none": must never be accepted. */
    private static String unsigned(String token) {
        String[] parts = token.split("\\.");
        String header = Base64.getUrlEncoder().withoutPadding()
                .encodeToString("{\"alg\":\"none\",\"typ\":\"JWT\"}".getBytes(StandardCharsets.UTF_8));
        return header + "." + parts[1] + ".";
    }
}
