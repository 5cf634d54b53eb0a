package vn.party.e2e.generated;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import vn.party.e2e.SuiteClient;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Who may call what, over every operation of every service's OpenAPI document, so that an endpoint is covered
 * the day it is written: tokens that are not ours answer 401; a role the operation does not allow answers 403;
 * a token that names no unit, or a dissolved one, answers 403 (or the same as the first, where nothing scoped
 * is touched); a user of committee A naming committee B's real units, members and records gets exactly the
 * answer an identifier that exists nowhere gets (never 2xx), and a list answered to A names none of B's
 * identifiers; what B's own admin reads, the province admin reads too. Writes are tried only with identifiers
 * that must be refused, so the demo data is not changed unless scope leaks.
 */
@Order(Order.DEFAULT + 1000)
class ScopeMatrixEndToEndTest {

    private static final SuiteClient SUITE = new SuiteClient(System.getProperty("e2e.gateway", "http://127.0.0.1:8080"));

    private static List<ApiOperation> operations;
    private static Identities who;
    private static Values.Committee committeeB;
    private static final Values.Committee NOWHERE = Values.Committee.nowhere();

    @BeforeAll
    static void readTheApisAndLogIn() {
        operations = ApiOperation.all(SUITE);
        who = Identities.logIn(SUITE);
        committeeB = committeeData(who.committeeB, "bn_ubnd");
    }

    @Test
    void everyOperationRefusesStrangersWrongRolesAndOtherCommittees() {
        List<String> failures = new ArrayList<>();
        Map<String, Integer> cases = new TreeMap<>();
        for (ApiOperation op : operations) {
            if (op.roles().isEmpty()) {
                failures.add(op + " declares no roles in its OpenAPI security requirement");
                continue;
            }
            String nowherePath = Values.path(op, NOWHERE) + Values.query(op, NOWHERE);
            String nowhereBody = body(op, NOWHERE);

            for (Map.Entry<String, String> stranger : who.refused.entrySet()) {
                SuiteClient.Response r = SUITE.send(op.method(), nowherePath, stranger.getValue(), nowhereBody, op.bodyType());
                count(cases, "401 for a token that is not ours");
                expect(failures, r.status() == 401 && problem(r), op, stranger.getKey() + " → " + describe(r));
            }

            for (String role : Identities.ROLES) {
                if (!op.roles().contains(role)) {
                    SuiteClient.Response r = SUITE.send(op.method(), nowherePath, who.committeeA.get(role), nowhereBody, op.bodyType());
                    count(cases, "403 for a role the operation does not allow");
                    expect(failures, r.status() == 403 && problem(r), op, "role " + role + " → " + describe(r));
                }
            }

            if (op.roles().contains("unit-admin")) {
                SuiteClient.Response noUnit = SUITE.send(op.method(), nowherePath, who.noUnit, nowhereBody, op.bodyType());
                SuiteClient.Response dissolved = SUITE.send(op.method(), nowherePath, who.dissolvedUnit, nowhereBody, op.bodyType());
                // 403, unless the input itself is refused before anything is looked up (the province admin
                // gets the same 400 or 422), or nothing scoped is touched at all
                SuiteClient.Response province = SUITE.send(op.method(), nowherePath, who.province, nowhereBody, op.bodyType());
                boolean inputRefused = (province.status() == 400 || province.status() == 422)
                        && noUnit.status() == province.status();
                count(cases, "403 for a token naming no unit or a dissolved one");
                count(cases, "403 for a token naming no unit or a dissolved one");
                expect(failures, noUnit.status() == dissolved.status() && problem(noUnit) && (noUnit.status() == 403 || inputRefused)
                                || noUnit.status() == dissolved.status() && noUnit.status() / 100 == 2 && !touchesScopedData(op),
                        op, "no org_unit → " + describe(noUnit) + ", dissolved org_unit → " + describe(dissolved)
                                + ", the province admin → " + province.status());
            }

            Optional<String> actingRole = Identities.ROLES.stream().skip(1).filter(op.roles()::contains).findFirst();
            if (actingRole.isEmpty()) {
                count(cases, "province-admin only (no committee user may call it)");
                continue;
            }
            String a = who.committeeA.get(actingRole.get());
            if (touchesScopedData(op)) {
                SuiteClient.Response other = SUITE.send(op.method(), Values.path(op, committeeB) + Values.query(op, committeeB),
                        a, body(op, committeeB), op.bodyType());
                SuiteClient.Response none = SUITE.send(op.method(), nowherePath, a, nowhereBody, op.bodyType());
                count(cases, "another committee's identifiers answered as if they did not exist");
                // a list filtered by another committee's unit may answer an empty page, as for a unit that
                // exists nowhere; anything else must be refused
                boolean filteredList = op.method().equals("GET") && op.pathParameterNames().isEmpty();
                boolean sameAsNowhere = other.status() == none.status()
                        && (other.status() / 100 != 2 || filteredList && committeeB.identifiers().stream().noneMatch(other.body()::contains));
                expect(failures, sameAsNowhere, op,
                        actingRole.get() + " of bn_cqd naming bn_ubnd's data → " + describe(other)
                                + ", naming nothing that exists → " + describe(none));
            } else if (op.method().equals("GET")) {
                SuiteClient.Response listed = SUITE.send("GET", nowherePath, a, null, null);
                count(cases, "another committee's identifiers absent from lists");
                for (String identifier : committeeB.identifiers()) {
                    expect(failures, !listed.body().contains(identifier), op,
                            actingRole.get() + " of bn_cqd was shown bn_ubnd's " + identifier);
                }
            }

            if (op.method().equals("GET") && !op.pathParameterNames().isEmpty()) {
                String owner = op.roles().stream().filter(who.committeeB::containsKey).findFirst().map(who.committeeB::get).orElse(null);
                if (owner != null && op.roles().contains("province-admin")) {
                    String path = Values.path(op, committeeB) + Values.query(op, committeeB);
                    SuiteClient.Response own = SUITE.send("GET", path, owner, null, null);
                    if (own.status() / 100 == 2) {
                        SuiteClient.Response province = SUITE.send("GET", path, who.province, null, null);
                        count(cases, "the province admin reads what the committee reads");
                        expect(failures, province.status() / 100 == 2, op, "bn_ubnd reads " + path
                                + " but the province admin gets " + describe(province));
                    }
                }
            }
        }
        int total = cases.values().stream().mapToInt(Integer::intValue).sum();
        System.out.printf("scope matrix: %d operations of %s, %d endpoint × identity cases, %d failed%n",
                operations.size(), ApiOperation.SERVICES, total, failures.size());
        cases.forEach((k, v) -> System.out.printf("  %6d  %s%n", v, k));
        assertThat(operations).as("operations read from the OpenAPI documents").hasSizeGreaterThan(50);
        assertThat(cases.get("another committee's identifiers answered as if they did not exist"))
                .as("cases that name another committee's data").isGreaterThan(20);
        assertThat(failures).as("scope leaks and wrong answers").isEmpty();
    }

    /** Does the operation name a unit, member or record (path, scoped query parameter or body)? */
    private static boolean touchesScopedData(ApiOperation op) {
        return !op.pathParameterNames().isEmpty()
                || op.query().stream().anyMatch(p -> Values.namesScopedData(p.name()))
                || op.jsonBody();
    }

    private static String body(ApiOperation op, Values.Committee c) {
        if (op.bodyType() == null) {
            return op.writes() ? "" : null;
        }
        if (!op.jsonBody()) {
            return "x";
        }
        return Values.write(Values.body(op.document(), op.bodySchema(), c));
    }

    /** A committee's real identifiers as its own users see them: a member and their cell, one record per collection. */
    private static Values.Committee committeeData(Map<String, String> tokens, String unit) {
        String admin = tokens.get("unit-admin");
        JsonNode member = SUITE.get("/api/membership/v1/members?limit=1", admin).json().path("items").path(0);
        if (member.isMissingNode()) {
            throw new IllegalStateException(unit + " has no members in the demo data");
        }
        Map<String, String> ids = new LinkedHashMap<>();
        for (ApiOperation op : operations) {
            boolean collection = op.method().equals("GET") && op.pathParameterNames().isEmpty()
                    && operations.stream().anyMatch(o -> o.path().equals(op.path() + "/{id}"));
            // HR sync runs belong to the province's link with the HR system, not to a committee
            if (!collection || op.path().contains("/hr-sync/")) {
                continue;
            }
            String token = op.roles().stream().filter(tokens::containsKey).findFirst().map(tokens::get).orElse(null);
            if (token == null) {
                continue;
            }
            SuiteClient.Response listed = SUITE.get(op.path() + Values.query(op, Values.Committee.nowhere()).replace("zz_khong_ton_tai", unit), token);
            if (listed.status() == 200) {
                JsonNode first = listed.json().has("items") ? listed.json().path("items").path(0) : listed.json().path(0);
                if (first.hasNonNull("id")) {
                    ids.put(op.path(), first.path("id").asText());
                }
            }
        }
        System.out.printf("committee %s: member %s in %s, records of %s%n", unit, member.path("id").asText(),
                member.path("unitCode").asText(), ids.keySet());
        return new Values.Committee(unit, member.path("unitCode").asText(), member.path("id").asText(), ids);
    }

    private static boolean problem(SuiteClient.Response r) {
        String type = r.header("Content-Type");
        return type != null && type.startsWith("application/problem+json");
    }

    private static String describe(SuiteClient.Response r) {
        String body = r.body() == null ? "" : r.body();
        return r.status() + " " + Optional.ofNullable(r.header("Content-Type")).orElse("(no type)") + " "
                + (body.length() > 160 ? body.substring(0, 160) + "…" : body);
    }

    private static void count(Map<String, Integer> cases, String kind) {
        cases.merge(kind, 1, Integer::sum);
    }

    private static void expect(List<String> failures, boolean ok, ApiOperation op, String what) {
        if (!ok) {
            failures.add(op.service() + ": " + op + ": " + what);
        }
    }
}
