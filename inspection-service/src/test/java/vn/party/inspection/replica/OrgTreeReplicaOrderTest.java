package vn.party.inspection.replica;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.junit.jupiter.api.Test;
import vn.party.contracts.OrganisationType;
import vn.party.contracts.UnitKind;
import vn.party.contracts.membership.OrgUnitFounded;
import vn.party.contracts.membership.OrgUnitMoved;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static vn.party.testsupport.MembershipEventsFixture.publish;

/**
 * Unit events are keyed by unit, so a child's founding and its parent's move reach the replica in either order.
 * Each test publishes them in one order, waiting for each to be applied, and the replica ends on the tree
 * membership has, not on whichever path came last.
 */
@QuarkusTest
class OrgTreeReplicaOrderTest {

    private static final Duration PATIENCE = Duration.ofSeconds(30);
    private static final LocalDate ON = LocalDate.of(2024, 1, 1);

    @Inject
    EntityManager em;

    private final String province = "r_" + UUID.randomUUID().toString().substring(0, 8);
    private final String districtA = province + "_a";
    private final String districtB = province + "_b";
    private final String base = districtA + "_xa";
    private final String cell = base + "_cb1";

    private void aProvinceWithTwoDistrictsAndABaseUnderA() {
        found(province, UnitKind.PROVINCE_COMMITTEE, null, List.of(province));
        found(districtA, UnitKind.INTERMEDIATE_COMMITTEE, province, List.of(province, districtA));
        found(districtB, UnitKind.INTERMEDIATE_COMMITTEE, province, List.of(province, districtB));
        found(base, UnitKind.BASE_COMMITTEE, districtA, List.of(province, districtA, base));
    }

    @Test
    void aCellFoundedBeforeItsBaseMovedButConsumedAfterTheMoveLiesUnderTheNewDistrict() {
        aProvinceWithTwoDistrictsAndABaseUnderA();
        move(base, districtB, List.of(province, districtA, base), List.of(province, districtB, base));
        // the founding carries the path of its day, before the move
        found(cell, UnitKind.CELL, base, List.of(province, districtA, base, cell));
        assertThat(pathOf(cell)).isEqualTo(String.join(".", province, districtB, base, cell));
    }

    @Test
    void aCellFoundedAfterItsBaseMovedButConsumedBeforeTheMoveEndsUnderTheNewDistrict() {
        aProvinceWithTwoDistrictsAndABaseUnderA();
        found(cell, UnitKind.CELL, base, List.of(province, districtB, base, cell));
        move(base, districtB, List.of(province, districtA, base), List.of(province, districtB, base));
        await().atMost(PATIENCE).untilAsserted(() ->
                assertThat(pathOf(cell)).isEqualTo(String.join(".", province, districtB, base, cell)));
        assertThat(pathOf(base)).isEqualTo(String.join(".", province, districtB, base));
    }

    @Test
    void aChildWhoseParentHasNotArrivedKeepsItsEventPathUntilTheParentComes() {
        found(province, UnitKind.PROVINCE_COMMITTEE, null, List.of(province));
        found(cell, UnitKind.CELL, base, List.of(province, districtB, base, cell));
        assertThat(pathOf(cell)).isEqualTo(String.join(".", province, districtB, base, cell));
        found(districtA, UnitKind.INTERMEDIATE_COMMITTEE, province, List.of(province, districtA));
        found(base, UnitKind.BASE_COMMITTEE, districtA, List.of(province, districtA, base));
        // the parent says where it is now: the child follows it
        await().atMost(PATIENCE).untilAsserted(() ->
                assertThat(pathOf(cell)).isEqualTo(String.join(".", province, districtA, base, cell)));
    }

    private void found(String code, UnitKind kind, String parent, List<String> path) {
        publish(new OrgUnitFounded(code, "Đơn vị " + code, kind, kind == UnitKind.BASE_COMMITTEE ? OrganisationType.COMMUNE_WARD : null,
                parent, path, ON));
        await().atMost(PATIENCE).until(() -> pathOf(code) != null);
    }

    private void move(String code, String parent, List<String> previous, List<String> path) {
        String before = pathOf(code);
        publish(new OrgUnitMoved(code, parent, previous, path, ON.plusMonths(6)));
        await().atMost(PATIENCE).until(() -> !String.valueOf(pathOf(code)).equals(before)
                || parent.equals(parentOf(code)));
    }

    private String pathOf(String code) {
        return one("select cast(path as text) from org_unit_replica where code = ?1", code);
    }

    private String parentOf(String code) {
        return one("select parent_code from org_unit_replica where code = ?1", code);
    }

    private String one(String sql, String code) {
        return QuarkusTransaction.requiringNew().<String>call(() -> {
            List<?> rows = em.createNativeQuery(sql).setParameter(1, code).getResultList();
            return rows.isEmpty() || rows.get(0) == null ? null : rows.get(0).toString();
        });
    }
}
