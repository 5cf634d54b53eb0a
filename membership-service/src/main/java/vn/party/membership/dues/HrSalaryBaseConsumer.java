package vn.party.membership.dues;

import io.quarkus.runtime.StartupEvent;
import io.smallrye.common.annotation.Blocking;
import io.smallrye.common.annotation.Identifier;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.jboss.logging.Logger;
import vn.party.backbone.audit.AuditTrail;
import vn.party.backbone.inbox.DeadLetters;
import vn.party.backbone.inbox.IncomingEvent;
import vn.party.backbone.inbox.IncomingEvents;
import vn.party.backbone.inbox.PoisonMessage;
import vn.party.backbone.kafka.Topics;
import vn.party.backbone.outbox.OutboxConfig;
import vn.party.backbone.problem.ProblemException;
import vn.party.backbone.scope.SystemAccess;
import vn.party.contracts.cadre.SalaryBaseChanged;
import vn.party.contracts.membership.MemberStatus;
import vn.party.membership.member.MemberRef;
import vn.party.membership.member.MemberService;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The salary base of a member from the civil-service HR system (cadre.events, {@link SalaryBaseChanged}) becomes a
 * dated entry of the member's dues profile: basis SALARIED, source HR, from the month the salary applies in (the
 * month itself when it applies from the 1st, else the first whole month after). Idempotent: each event once
 * ({@link IncomingEvents}), and the same base for a month already entered changes nothing. Entries are never
 * rewritten, so a different base for a month that already has an entry, a member unknown here or a base of 0 is
 * dead-lettered with the reason, to be replayed once the office has sorted it out; a member who has left is skipped.
 */
@ApplicationScoped
@SystemAccess("consumes cadre.events: the HR system's salary base of members in every unit; no caller stands behind it")
public class HrSalaryBaseConsumer {

    public static final String TOPIC = "cadre.events";
    static final String CONSUMER = "cadre-events";
    static final String ACTOR = "cadre-service:hr-system";
    private static final Logger LOG = Logger.getLogger(HrSalaryBaseConsumer.class);

    private final DuesRules rules = DuesRules.standard();

    @Inject
    IncomingEvents incoming;

    @Inject
    MemberService members;

    @Inject
    DeadLetters deadLetters;

    @Inject
    AuditTrail audit;

    @Inject
    @Identifier("default-kafka-broker")
    Map<String, Object> kafkaConfig;

    @Inject
    OutboxConfig outboxConfig;

    /** cadre-service may start after this one. */
    void createTopics(@Observes StartupEvent start) {
        try {
            Topics.ensure(kafkaConfig, outboxConfig.partitions(), outboxConfig.replicationFactor(), TOPIC, TOPIC + ".dlq");
        } catch (RuntimeException e) {
            LOG.warnf("cannot create %s yet (%s); the consumer waits for it", TOPIC, e.getMessage());
        }
    }

    @Incoming("cadre-events")
    @Blocking
    public void consume(ConsumerRecord<String, String> record) {
        incoming.process(CONSUMER, record, this::apply);
    }

    public DeadLetters.ReplayResult replayDeadLetters() {
        return deadLetters.replay(TOPIC, CONSUMER, this::consume);
    }

    /** The first month a salary that applies from {@code day} is the whole month's salary. */
    static YearMonth firstMonth(LocalDate day) {
        YearMonth month = YearMonth.from(day);
        return day.getDayOfMonth() == 1 ? month : month.plusMonths(1);
    }

    void apply(IncomingEvent event) {
        if (!(event.data() instanceof SalaryBaseChanged s)) {
            return; // the other cadre events are not membership's business
        }
        UUID id = UUID.fromString(s.memberId());
        MemberRef member;
        try {
            member = members.ref(id);
        } catch (ProblemException e) {
            throw new PoisonMessage("salary base of member " + id + ", whom membership does not know (cadre " + s.cadreId() + ")");
        }
        if (member.status() == MemberStatus.LEFT) {
            LOG.infof("salary base of member %s, who has left: nothing to do", id);
            return;
        }
        if (s.salaryBaseDong() <= 0) {
            throw new PoisonMessage("salary base of member " + id + " is " + s.salaryBaseDong() + ": dues need a base above 0");
        }
        YearMonth from = firstMonth(s.effectiveDate());
        rules.monthlyAmount(from, DuesBasis.SALARIED, s.salaryBaseDong()); // a month no dues rule covers is refused here
        List<DuesProfile> same = DuesProfile.list("memberId = ?1 and effectiveFrom = ?2", id, from.atDay(1));
        if (!same.isEmpty()) {
            DuesProfile p = same.get(0);
            if (p.basis == DuesBasis.SALARIED && Long.valueOf(s.salaryBaseDong()).equals(p.baseAmountDong)) {
                return; // entered already, by an earlier event or by the office
            }
            throw new PoisonMessage("member " + id + " already has a dues profile entry from " + from + " (" + p.source
                    + "); entries are never rewritten: the office decides, then replays this event");
        }
        DuesProfile p = new DuesProfile();
        p.memberId = id;
        p.effectiveFrom = from.atDay(1);
        p.basis = DuesBasis.SALARIED;
        p.baseAmountDong = s.salaryBaseDong();
        p.source = DuesProfile.Source.HR;
        p.recordedAt = OffsetDateTime.now(ZoneOffset.UTC);
        p.recordedBy = ACTOR;
        p.persist();
        // the amount is personal data and stays in the record, not in the audit detail
        audit.recordAs(ACTOR, "dues.profile-set", "member", id.toString(), Map.of("effectiveFrom", from.toString(),
                "basis", p.basis, "source", p.source, "event", event.envelope().id()));
    }
}
