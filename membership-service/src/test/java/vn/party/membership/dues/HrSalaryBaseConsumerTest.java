package vn.party.membership.dues;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.party.contracts.DomainEvent;
import vn.party.contracts.cadre.SalaryBaseChanged;
import vn.party.membership.TestTree;
import vn.party.testsupport.MembershipEventsFixture;
import vn.party.testsupport.TopicProbe;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static vn.party.membership.TestTree.API;
import static vn.party.membership.TestTree.adminOf;
import static vn.party.membership.TestTree.as;
import static vn.party.membership.TestTree.newNationalId;
import static vn.party.membership.TestTree.person;
import static vn.party.membership.TestTree.register;

/** The salary base the HR system gives a member (cadre.events) reaches the member's dues profile, from its month, once. */
@QuarkusTest
class HrSalaryBaseConsumerTest {

    private static final Duration PATIENCE = Duration.ofSeconds(30);
    private static final String DUES = API + "/dues";

    private TestTree tree;
    private String member;

    @BeforeEach
    void aFullMemberWhoIsACivilServant() {
        tree = TestTree.plant();
        member = register(adminOf(tree.districtA), person(newNationalId(), "Nguyễn Thị Thu Thủy", "1986-04-11", tree.cellA1,
                Map.of("status", "FULL", "admittedOn", "2010-01-01", "confirmedOn", "2011-01-01")));
    }

    private SalaryBaseChanged salary(String memberId, long base, LocalDate from) {
        return new SalaryBaseChanged(memberId, UUID.randomUUID().toString(), tree.cellA1,
                List.of(tree.province, tree.districtA, tree.baseA, tree.cellA1), base, "01.003", new BigDecimal("3.99"),
                "HR_SYSTEM", from);
    }

    private static void send(DomainEvent event, UUID eventId) {
        String json = MembershipEventsFixture.cloudEvent(event, eventId).replace("/membership-service", "/cadre-service");
        TopicProbe.send("cadre.events", event.subject(), json, Map.of("content-type", "application/cloudevents+json; charset=UTF-8"));
    }

    private io.restassured.response.ValidatableResponse profile() {
        return as(adminOf(tree.districtA)).get(DUES + "/members/" + member + "/profile").then().statusCode(200);
    }

    @Test
    void aSalaryBaseFromTheHrSystemBecomesASalariedEntryFromItsMonthOnceEvenWhenDeliveredAgain() {
        UUID eventId = UUID.randomUUID();
        SalaryBaseChanged july = salary(member, 9_336_600, LocalDate.of(2026, 7, 1));
        send(july, eventId);
        await().atMost(PATIENCE).untilAsserted(() -> profile().body("history", hasSize(1))
                .body("history[0].effectiveFrom", equalTo("2026-07")).body("history[0].basis", equalTo("SALARIED"))
                .body("history[0].source", equalTo("HR")).body("history[0].baseAmountDong", equalTo(9_336_600)));
        send(july, eventId);
        send(july, UUID.randomUUID()); // the same base again under another event: nothing new either
        // a salary from the middle of a month counts from the first whole month after it
        send(salary(member, 10_951_200, LocalDate.of(2026, 9, 15)), UUID.randomUUID());
        await().atMost(PATIENCE).untilAsserted(() -> profile().body("history.effectiveFrom", contains("2026-07", "2026-10"))
                .body("history[1].baseAmountDong", equalTo(10_951_200)));
        assertThat(TopicProbe.find("cadre.events.dlq", r -> r.value().contains(member), Duration.ofSeconds(3))).isEmpty();
    }

    @Test
    void anHrBaseForAMonthTheOfficeAlreadyEnteredOtherwiseIsDeadLetteredAndTheEntryKept() {
        as(adminOf(tree.districtA)).contentType(ContentType.JSON)
                .body(Map.of("effectiveFrom", "2026-04", "basis", "PENSIONER", "baseAmountDong", 6_200_000))
                .post(DUES + "/members/" + member + "/profile").then().statusCode(200);
        send(salary(member, 8_000_000, LocalDate.of(2026, 4, 1)), UUID.randomUUID());
        TopicProbe.find("cadre.events.dlq", r -> r.value().contains(member), PATIENCE)
                .orElseThrow(() -> new AssertionError("the clashing salary base was not dead-lettered"));
        profile().body("history", hasSize(1)).body("history[0].basis", equalTo("PENSIONER"))
                .body("history[0].source", equalTo("MANUAL"));
    }

    @Test
    void aSalaryBaseOfAMemberMembershipDoesNotKnowIsDeadLetteredAndTheConsumerCarriesOn() {
        String stranger = UUID.randomUUID().toString();
        send(salary(stranger, 7_020_000, LocalDate.of(2026, 1, 1)), UUID.randomUUID());
        send(salary(member, 7_020_000, LocalDate.of(2026, 1, 1)), UUID.randomUUID());
        TopicProbe.find("cadre.events.dlq", r -> r.value().contains(stranger), PATIENCE)
                .orElseThrow(() -> new AssertionError("the unknown member's salary base was not dead-lettered"));
        await().atMost(PATIENCE).untilAsserted(() -> profile().body("history", hasSize(1))
                .body("history[0].effectiveFrom", equalTo("2026-01")));
    }

    @Test
    void aDeadLetteredSalaryBaseIsHandedBackByTheProvinceAdminsReplayAndDeadLetteredAgainWhileItsCauseRemains() {
        String stranger = UUID.randomUUID().toString();
        send(salary(stranger, 7_020_000, LocalDate.of(2026, 1, 1)), UUID.randomUUID());
        var first = TopicProbe.find("cadre.events.dlq", r -> r.value().contains(stranger), PATIENCE)
                .orElseThrow(() -> new AssertionError("the unknown member's salary base was not dead-lettered"));

        as(adminOf(tree.districtA)).post(API + "/admin/dead-letters/cadre.events/replay").then().statusCode(403);
        as(tree.provinceAdmin()).post(API + "/admin/dead-letters/nonsense.events/replay").then().statusCode(404)
                .contentType("application/problem+json");
        as(tree.provinceAdmin()).post(API + "/admin/dead-letters/cadre.events/replay").then().statusCode(200)
                .body("deadLetterTopic", equalTo("cadre.events.dlq"))
                .body("replayed", org.hamcrest.Matchers.greaterThanOrEqualTo(1));

        // still unknown, so the replayed letter goes back to the dead-letter topic with its reason
        TopicProbe.find("cadre.events.dlq", r -> r.value().contains(stranger)
                        && (r.partition() != first.partition() || r.offset() > first.offset()), PATIENCE)
                .orElseThrow(() -> new AssertionError("the replayed letter was not dead-lettered again"));
    }
}
