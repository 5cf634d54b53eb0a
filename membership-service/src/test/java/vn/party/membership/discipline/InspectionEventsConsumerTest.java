package vn.party.membership.discipline;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.party.contracts.DomainEvent;
import vn.party.contracts.inspection.AppealDecided;
import vn.party.contracts.inspection.AppealOutcome;
import vn.party.contracts.inspection.BodyKind;
import vn.party.contracts.inspection.BodyLevel;
import vn.party.contracts.inspection.DisciplineDecided;
import vn.party.contracts.inspection.DisciplineForm;
import vn.party.contracts.inspection.SubjectKind;
import vn.party.contracts.inspection.SuspensionEnded;
import vn.party.contracts.inspection.SuspensionStarted;
import vn.party.membership.TestTree;
import vn.party.testsupport.MembershipEventsFixture;
import vn.party.testsupport.TopicProbe;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static vn.party.membership.TestTree.API;
import static vn.party.membership.TestTree.adminOf;
import static vn.party.membership.TestTree.as;
import static vn.party.membership.TestTree.newNationalId;
import static vn.party.membership.TestTree.person;
import static vn.party.membership.TestTree.register;

/** What inspection-service decides reaches the member records: expulsion, suspension, and what cannot be done yet. */
@QuarkusTest
class InspectionEventsConsumerTest {

    private static final Duration PATIENCE = Duration.ofSeconds(30);

    private TestTree tree;
    private String member;
    private List<String> path;

    @BeforeEach
    void aFullMember() {
        tree = TestTree.plant();
        member = register(adminOf(tree.districtA), person(newNationalId(), "Đinh Văn Phúc", "1975-01-01", tree.cellA1,
                Map.of("status", "FULL", "admittedOn", "2000-01-01", "confirmedOn", "2001-01-01")));
        path = List.of(tree.province, tree.districtA, tree.baseA, tree.cellA1);
    }

    private static String send(DomainEvent event, UUID eventId) {
        String json = MembershipEventsFixture.cloudEvent(event, eventId).replace("/membership-service", "/inspection-service");
        TopicProbe.send("inspection.events", event.subject(), json,
                Map.of("content-type", "application/cloudevents+json; charset=UTF-8"));
        return json;
    }

    private DisciplineDecided expulsion(String decisionId) {
        return new DisciplineDecided(decisionId, DisciplineForm.EXPULSION, SubjectKind.MEMBER, member, tree.cellA1, path,
                BodyKind.STANDING_BOARD, BodyLevel.INTERMEDIATE, tree.districtA, null, false, "264-QĐ/TW", LocalDate.of(2026, 10, 1));
    }

    @Test
    void anExpulsionEndsMembershipOnceEvenWhenDeliveredTwice() {
        String decision = UUID.randomUUID().toString();
        UUID eventId = UUID.randomUUID();
        send(expulsion(decision), eventId);
        await().atMost(PATIENCE).untilAsserted(() -> as(adminOf(tree.districtA)).get(API + "/members/" + member).then()
                .body("status", equalTo("LEFT")).body("exitKind", equalTo("EXPELLED")));
        send(expulsion(decision), eventId);
        send(expulsion(decision), UUID.randomUUID());
        TopicProbe.find("membership.events", r -> member.equals(r.key()) && r.value().contains("\"EXPELLED\""), PATIENCE)
                .orElseThrow(() -> new AssertionError("membership did not publish the exit"));
        // an appeal on the same key comes after the duplicates: once it has restored the member, they were all
        // processed, none was refused, and only one exit was recorded
        String appeal = UUID.randomUUID().toString();
        send(new AppealDecided(appeal, decision, AppealOutcome.REDUCED, DisciplineForm.EXPULSION, DisciplineForm.WARNING,
                SubjectKind.MEMBER, member, tree.cellA1, path, BodyKind.STANDING_BOARD, BodyLevel.PROVINCE, tree.province,
                LocalDate.of(2026, 10, 20)), UUID.randomUUID());
        await().atMost(PATIENCE).untilAsserted(() -> as(adminOf(tree.districtA)).get(API + "/members/" + member).then()
                .body("status", equalTo("FULL")));
        assertThat(TopicProbe.find("inspection.events.dlq", r -> r.value().contains(decision), Duration.ofSeconds(3))).isEmpty();
        as(adminOf(tree.districtA)).get(API + "/members/" + member + "/history").then()
                .body("statuses.findAll { it.status == 'LEFT' }", hasSize(1));
    }

    @Test
    void aSuspensionBecomesASuspendedConditionForItsPeriod() {
        String suspension = UUID.randomUUID().toString();
        send(new SuspensionStarted(suspension, member, tree.cellA1, path, BodyKind.INSPECTION_COMMISSION, BodyLevel.INTERMEDIATE,
                tree.districtA, LocalDate.of(2026, 12, 1), LocalDate.of(2026, 9, 1)), UUID.randomUUID());
        await().atMost(PATIENCE).untilAsserted(() -> as(adminOf(tree.districtA)).get(API + "/members/" + member + "/history")
                .then().body("conditions.condition", hasItem("SUSPENDED"))
                .body("conditions.find { it.condition == 'SUSPENDED' }.source", equalTo("inspection:suspension:" + suspension))
                .body("conditions.find { it.condition == 'SUSPENDED' }.endsOn", equalTo("2026-12-01")));
    }

    @Test
    void anAnnulledExpulsionRestoresTheMemberInTheSameCellAsIfNeverExpelledAndOnlyOnce() {
        String decision = UUID.randomUUID().toString();
        send(expulsion(decision), UUID.randomUUID());
        await().atMost(PATIENCE).untilAsserted(() -> as(adminOf(tree.districtA)).get(API + "/members/" + member).then()
                .body("exitKind", equalTo("EXPELLED")));
        String appeal = UUID.randomUUID().toString();
        AppealDecided annulled = new AppealDecided(appeal, decision, AppealOutcome.ANNULLED, DisciplineForm.EXPULSION, null,
                SubjectKind.MEMBER, member, tree.cellA1, path, BodyKind.STANDING_BOARD, BodyLevel.PROVINCE, tree.province,
                LocalDate.of(2026, 11, 1));
        send(annulled, UUID.randomUUID());
        await().atMost(PATIENCE).untilAsserted(() -> as(adminOf(tree.districtA)).get(API + "/members/" + member).then()
                .body("status", equalTo("FULL")).body("unitCode", equalTo(tree.cellA1)));
        TopicProbe.find("membership.events", r -> member.equals(r.key()) && r.value().contains("member.status_changed")
                        && r.value().matches("(?s).*\"previousStatus\":\\s*\"LEFT\".*"), PATIENCE)
                .orElseThrow(() -> new AssertionError("membership did not publish the restoration"));
        // a second delivery under another event id (a replayed topic) restores nothing more
        send(annulled, UUID.randomUUID());
        String marker = UUID.randomUUID().toString();
        send(new SuspensionStarted(marker, member, tree.cellA1, path, BodyKind.INSPECTION_COMMISSION, BodyLevel.INTERMEDIATE,
                tree.districtA, LocalDate.of(2027, 3, 1), LocalDate.of(2026, 12, 1)), UUID.randomUUID());
        await().atMost(PATIENCE).untilAsserted(() -> as(adminOf(tree.districtA)).get(API + "/members/" + member + "/history")
                .then().body("conditions.condition", hasItem("SUSPENDED")));
        as(adminOf(tree.districtA)).get(API + "/members/" + member + "/history").then()
                .body("statuses.findAll { it.status == 'LEFT' }", hasSize(1))
                .body("statuses.findAll { it.reason == 'expulsion annulled on appeal' }", hasSize(1));
        // counted in its cell again on a date after the expulsion
        as(adminOf(tree.districtA)).get(API + "/headcounts/" + tree.cellA1 + "?date=2026-11-15").then()
                .body("total", equalTo(1));
    }

    @Test
    void aWarningIncreasedToExpulsionOnAppealEndsMembershipOnTheAppealsDateOnceAndAnAnnulmentRestores() {
        String decision = UUID.randomUUID().toString();
        String appeal = UUID.randomUUID().toString();
        AppealDecided increased = new AppealDecided(appeal, decision, AppealOutcome.INCREASED, DisciplineForm.WARNING,
                DisciplineForm.EXPULSION, SubjectKind.MEMBER, member, tree.cellA1, path, BodyKind.STANDING_BOARD, BodyLevel.PROVINCE,
                tree.province, LocalDate.of(2026, 10, 5));
        UUID eventId = UUID.randomUUID();
        send(increased, eventId);
        await().atMost(PATIENCE).untilAsserted(() -> as(adminOf(tree.districtA)).get(API + "/members/" + member).then()
                .body("status", equalTo("LEFT")).body("exitKind", equalTo("EXPELLED")).body("statusSince", equalTo("2026-10-05")));
        // the same event again, and again under another id (a replayed topic): still one exit
        send(increased, eventId);
        send(increased, UUID.randomUUID());
        String annulment = UUID.randomUUID().toString();
        send(new AppealDecided(annulment, decision, AppealOutcome.ANNULLED, DisciplineForm.EXPULSION, null, SubjectKind.MEMBER,
                member, tree.cellA1, path, BodyKind.COMMITTEE, BodyLevel.PROVINCE, tree.province, LocalDate.of(2026, 10, 30)),
                UUID.randomUUID());
        await().atMost(PATIENCE).untilAsserted(() -> as(adminOf(tree.districtA)).get(API + "/members/" + member).then()
                .body("status", equalTo("FULL")).body("unitCode", equalTo(tree.cellA1)));
        as(adminOf(tree.districtA)).get(API + "/members/" + member + "/history").then()
                .body("statuses.findAll { it.status == 'LEFT' }", hasSize(1))
                .body("statuses.find { it.status == 'LEFT' }.effectiveOn", equalTo("2026-10-05"));
        assertThat(TopicProbe.find("inspection.events.dlq", r -> r.value().contains(appeal), Duration.ofSeconds(3))).isEmpty();
    }

    @Test
    void aSuspensionEndedEarlyEndsTheSuspendedConditionOnThatDate() {
        String suspension = UUID.randomUUID().toString();
        send(new SuspensionStarted(suspension, member, tree.cellA1, path, BodyKind.INSPECTION_COMMISSION, BodyLevel.INTERMEDIATE,
                tree.districtA, LocalDate.of(2027, 6, 1), LocalDate.of(2026, 9, 1)), UUID.randomUUID());
        await().atMost(PATIENCE).untilAsserted(() -> as(adminOf(tree.districtA)).get(API + "/members/" + member + "/history")
                .then().body("conditions.find { it.condition == 'SUSPENDED' }.endsOn", equalTo("2027-06-01")));
        send(new SuspensionEnded(suspension, member, tree.cellA1, path, true, LocalDate.of(2026, 11, 20)), UUID.randomUUID());
        await().atMost(PATIENCE).untilAsserted(() -> as(adminOf(tree.districtA)).get(API + "/members/" + member + "/history")
                .then().body("conditions.find { it.condition == 'SUSPENDED' }.endsOn", equalTo("2026-11-20")));
        assertThat(TopicProbe.find("inspection.events.dlq", r -> r.value().contains(suspension), Duration.ofSeconds(3))).isEmpty();
    }
}
