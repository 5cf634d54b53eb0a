package vn.party.inspection;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import vn.party.contracts.OrganisationType;
import vn.party.contracts.UnitKind;
import vn.party.contracts.membership.MemberRegistered;
import vn.party.contracts.membership.MemberStatus;
import vn.party.contracts.membership.OrgUnitDissolved;
import vn.party.contracts.membership.OrgUnitFounded;
import vn.party.orgreplica.MemberReplica;
import vn.party.orgreplica.OrgUnitReplica;
import vn.party.testsupport.TestTokens;

import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static vn.party.testsupport.MembershipEventsFixture.publish;

/**
 * A fresh province for one test, arriving as membership events (as it does in the suite): two district
 * committees, a base committee under each (two cells under A's, one under B's). Codes are unique per run.
 */
public final class InspectionTestTree {

    public static final String API = "/api/inspection/v1";
    // a minute: a consumer-group rebalance (after the basics test replays dead letters) can take the 45 s session timeout
    public static final Duration PATIENCE = Duration.ofSeconds(60);
    /**
     * The day every unit of the planted tree was founded: before every act the tests date (the earliest decisions are of
     * 2017, judged by that year's regulation), since acts dated before their unit's founding are refused.
     */
    public static final LocalDate FOUNDED = LocalDate.of(2010, 1, 1);

    public final String province;
    public final String districtA;
    public final String districtB;
    public final String baseA;
    public final String cellA1;
    public final String cellA2;
    public final String baseB;
    public final String cellB1;
    private final MemberReplica replica;
    private final Map<String, List<String>> paths = new java.util.HashMap<>();

    private InspectionTestTree(String run, MemberReplica replica) {
        this.replica = replica;
        province = "i_" + run;
        districtA = province + "_a";
        districtB = province + "_b";
        baseA = districtA + "_xa";
        cellA1 = baseA + "_cb1";
        cellA2 = baseA + "_cb2";
        baseB = districtB + "_xa";
        cellB1 = baseB + "_cb1";
    }

    public static InspectionTestTree plant(MemberReplica replica) {
        InspectionTestTree t = new InspectionTestTree(UUID.randomUUID().toString().substring(0, 8), replica);
        t.found(t.province, UnitKind.PROVINCE_COMMITTEE, null);
        t.found(t.districtA, UnitKind.INTERMEDIATE_COMMITTEE, null, t.province);
        t.found(t.districtB, UnitKind.INTERMEDIATE_COMMITTEE, null, t.province);
        t.found(t.baseA, UnitKind.BASE_COMMITTEE, OrganisationType.COMMUNE_WARD, t.province, t.districtA);
        t.found(t.cellA1, UnitKind.CELL, null, t.province, t.districtA, t.baseA);
        t.found(t.cellA2, UnitKind.CELL, null, t.province, t.districtA, t.baseA);
        t.found(t.baseB, UnitKind.BASE_COMMITTEE, OrganisationType.COMMUNE_WARD, t.province, t.districtB);
        t.found(t.cellB1, UnitKind.CELL, null, t.province, t.districtB, t.baseB);
        return t;
    }

    private void found(String code, UnitKind kind, OrganisationType type, String... ancestors) {
        found(code, kind, type, FOUNDED, ancestors);
    }

    /** A cell of base committee A founded on {@code on}, once it has reached the tree replica. */
    public String cellOfBaseAFoundedOn(LocalDate on, OrgUnitReplica units) {
        String code = baseA + "_new" + UUID.randomUUID().toString().substring(0, 4);
        found(code, UnitKind.CELL, null, on, province, districtA, baseA);
        await().atMost(PATIENCE).until(() -> QuarkusTransaction.requiringNew().call(() -> units.find(code).isPresent()));
        return code;
    }

    /** Membership dissolves {@code code} on {@code on}; returns once the tree replica knows. */
    public void dissolve(String code, LocalDate on, OrgUnitReplica units) {
        publish(new OrgUnitDissolved(code, pathOf(code), on));
        await().atMost(PATIENCE).until(() -> QuarkusTransaction.requiringNew()
                .call(() -> units.find(code).map(u -> on.equals(u.dissolvedOn())).orElse(false)));
    }

    private void found(String code, UnitKind kind, OrganisationType type, LocalDate on, String... ancestors) {
        List<String> path = new ArrayList<>();
        for (String a : ancestors) {
            if (a != null) {
                path.add(a);
            }
        }
        String parent = path.isEmpty() ? null : path.get(path.size() - 1);
        path.add(code);
        paths.put(code, List.copyOf(path));
        publish(new OrgUnitFounded(code, "Đơn vị " + code, kind, type, parent, path, on));
    }

    /** The path of a unit of this tree, as membership publishes it. */
    public List<String> pathOf(String code) {
        return paths.get(code);
    }

    /** A body of {@code unit}, recorded by the province admin once the unit has reached the replica. */
    public String body(String unit, String kind) {
        String[] id = new String[1];
        await().atMost(PATIENCE).until(() -> {
            var response = as(provinceAdmin()).contentType(ContentType.JSON).body(Map.of("unitCode", unit, "kind", kind))
                    .post(API + "/bodies");
            if (response.statusCode() == 201) {
                id[0] = response.path("id");
                return true;
            }
            return false;
        });
        return id[0];
    }

    /** A member of {@code cell}, registered by membership and arrived in the member replica. */
    public String member(String cell, MemberStatus status, String name) {
        String id = UUID.randomUUID().toString();
        publish(new MemberRegistered(id, name, status, cell, pathOf(cell), LocalDate.of(2015, 1, 1),
                status == MemberStatus.FULL ? LocalDate.of(2016, 1, 1) : null, LocalDate.of(2020, 1, 1)));
        await().atMost(PATIENCE).until(() -> QuarkusTransaction.requiringNew()
                .call(() -> replica.find(UUID.fromString(id)).filter(m -> m.unitPath() != null).isPresent()));
        return id;
    }

    public String provinceAdmin() {
        return TestTokens.token("province-admin", province, "province-admin");
    }

    public static String inspectorOf(String unit) {
        return TestTokens.token("inspector-of-" + unit, unit, "inspector");
    }

    public static String adminOf(String unit) {
        return TestTokens.token("admin-of-" + unit, unit, "unit-admin");
    }

    public static String viewerOf(String unit) {
        return TestTokens.token("viewer-of-" + unit, unit, "viewer");
    }

    public static RequestSpecification as(String token) {
        return given().auth().oauth2(token);
    }

    public static RequestSpecification post(String token, Object body) {
        return as(token).contentType(ContentType.JSON).body(body);
    }
}
