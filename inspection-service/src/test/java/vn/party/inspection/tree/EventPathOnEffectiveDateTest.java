package vn.party.inspection.tree;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.party.contracts.membership.MemberStatus;
import vn.party.contracts.membership.OrgUnitMoved;
import vn.party.inspection.InspectionTestTree;
import vn.party.orgreplica.MemberReplica;
import vn.party.orgreplica.OrgUnitReplica;
import vn.party.testsupport.TopicProbe;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static vn.party.inspection.InspectionTestTree.API;
import static vn.party.inspection.InspectionTestTree.PATIENCE;
import static vn.party.inspection.InspectionTestTree.inspectorOf;
import static vn.party.inspection.InspectionTestTree.post;
import static vn.party.testsupport.MembershipEventsFixture.publish;

/**
 * Reports count an inspection event under the units its subject stood under on the event's effective date, as
 * membership's own events do: base committee A moves from district A to district B on 2026-03-01, and what was decided
 * for a date before the move still carries district A.
 */
@QuarkusTest
class EventPathOnEffectiveDateTest {

    private static final LocalDate MOVED_ON = LocalDate.of(2026, 3, 1);

    @Inject
    MemberReplica members;

    @Inject
    OrgUnitReplica units;

    @Inject
    UnitPaths paths;

    private InspectionTestTree tree;
    private String provinceBoard;
    private String member;

    @BeforeEach
    void baseCommitteeAMovesToDistrictB() {
        tree = InspectionTestTree.plant(members);
        provinceBoard = tree.body(tree.province, "STANDING_BOARD");
        member = tree.member(tree.cellA1, MemberStatus.FULL, "Tạ Văn Quang");
        publish(new OrgUnitMoved(tree.baseA, tree.districtB, tree.pathOf(tree.baseA),
                List.of(tree.province, tree.districtB, tree.baseA), MOVED_ON));
        await().atMost(PATIENCE).until(() -> QuarkusTransaction.requiringNew().call(() -> units.find(tree.cellA1)
                .map(u -> u.path().startsWith(tree.province + "." + tree.districtB)).orElse(false)));
    }

    private List<String> before() {
        return List.of(tree.province, tree.districtA, tree.baseA, tree.cellA1);
    }

    private List<String> after() {
        return List.of(tree.province, tree.districtB, tree.baseA, tree.cellA1);
    }

    @Test
    void aUnitsPathOnADateFollowsItsAncestorsMoves() {
        QuarkusTransaction.requiringNew().run(() -> {
            assertThat(paths.pathCodesOn(tree.cellA1, MOVED_ON.minusDays(1))).isEqualTo(before());
            assertThat(paths.pathCodesOn(tree.cellA1, MOVED_ON)).isEqualTo(after());
            assertThat(paths.pathCodesOn(tree.cellA1, InspectionTestTree.FOUNDED.minusMonths(6))).as("before the founding: the first parents")
                    .isEqualTo(before());
            assertThat(paths.pathCodesOn(tree.cellB1, MOVED_ON)).isEqualTo(tree.pathOf(tree.cellB1));
            assertThat(paths.pathCodesOn("unknown_" + tree.province, MOVED_ON)).isEqualTo(List.of("unknown_" + tree.province));
        });
    }

    @Test
    void aDisciplineDecisionAndASuspensionCarryThePathOfTheirEffectiveDate() {
        String early = post(inspectorOf(tree.province), Map.of("bodyId", provinceBoard, "subjectKind", "MEMBER", "memberId", member,
                "form", "WARNING", "violation", "Vi phạm trước khi chuyển", "violationOn", "2025-10-01", "decidedOn", "2026-02-10"))
                .post(API + "/discipline-decisions").then().statusCode(201).extract().path("id");
        String late = post(inspectorOf(tree.province), Map.of("bodyId", provinceBoard, "subjectKind", "MEMBER", "memberId", member,
                "form", "REPRIMAND", "violation", "Vi phạm sau khi chuyển", "violationOn", "2026-03-10", "decidedOn", "2026-04-10"))
                .post(API + "/discipline-decisions").then().statusCode(201).extract().path("id");
        assertThat(pathIn(eventOf(early, "discipline.decided"))).isEqualTo(before());
        assertThat(pathIn(eventOf(late, "discipline.decided"))).isEqualTo(after());

        String suspension = post(inspectorOf(tree.province), Map.of("bodyId", provinceBoard, "memberId", member,
                "startsOn", "2026-02-01", "endsOn", "2026-02-20", "reason", "Để xem xét kỷ luật"))
                .post(API + "/suspensions").then().statusCode(201).extract().path("id");
        assertThat(pathIn(TopicProbe.find("inspection.events", r -> member.equals(r.key()) && r.value().contains(suspension)
                        && r.value().contains("suspension.started"), Duration.ofSeconds(30))
                .orElseThrow(() -> new AssertionError("no suspension.started")).value())).isEqualTo(before());
    }

    private String eventOf(String decisionId, String type) {
        return TopicProbe.find("inspection.events", r -> member.equals(r.key()) && r.value().contains(decisionId)
                && r.value().contains(type), Duration.ofSeconds(30)).orElseThrow(() -> new AssertionError("no " + type)).value();
    }

    /** The path the event carries. */
    private static List<String> pathIn(String cloudEvent) {
        try {
            List<String> codes = new java.util.ArrayList<>();
            new com.fasterxml.jackson.databind.ObjectMapper().readTree(cloudEvent).path("data").path("path")
                    .forEach(c -> codes.add(c.asText()));
            return codes;
        } catch (java.io.IOException e) {
            throw new AssertionError(e);
        }
    }
}
