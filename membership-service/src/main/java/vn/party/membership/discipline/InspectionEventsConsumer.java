package vn.party.membership.discipline;

import io.quarkus.runtime.StartupEvent;
import io.smallrye.common.annotation.Blocking;
import io.smallrye.common.annotation.Identifier;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.jboss.logging.Logger;
import vn.party.backbone.inbox.DeadLetters;
import vn.party.backbone.inbox.IncomingEvent;
import vn.party.backbone.inbox.IncomingEvents;
import vn.party.backbone.kafka.Topics;
import vn.party.backbone.outbox.OutboxConfig;
import vn.party.backbone.scope.SystemAccess;
import vn.party.contracts.inspection.AppealDecided;
import vn.party.contracts.inspection.DisciplineDecided;
import vn.party.contracts.inspection.DisciplineForm;
import vn.party.contracts.inspection.SuspensionEnded;
import vn.party.contracts.inspection.SuspensionStarted;
import vn.party.contracts.membership.MemberStatus;
import vn.party.membership.member.MemberService;

import java.util.Map;
import java.util.UUID;

/**
 * Carries out in the member records what inspection-service decided: an expulsion ends membership (exit kind
 * EXPELLED on the decision's effective date), a suspension starts a SUSPENDED condition for its period. Idempotent:
 * each event is applied once ({@link IncomingEvents}), and an expulsion of a member who has already left changes
 * nothing. An appeal that increases a decision to expulsion expels on the appeal's date; one that annuls or reduces
 * an expulsion restores the member; a suspension ended early ends the SUSPENDED condition on that date.
 */
@ApplicationScoped
@SystemAccess("consumes inspection.events: carries out decisions taken there; no caller stands behind them")
public class InspectionEventsConsumer {

    public static final String TOPIC = "inspection.events";
    static final String CONSUMER = "inspection-events";
    private static final Logger LOG = Logger.getLogger(InspectionEventsConsumer.class);

    @Inject
    IncomingEvents incoming;

    @Inject
    MemberService members;

    @Inject
    DeadLetters deadLetters;

    @Inject
    @Identifier("default-kafka-broker")
    Map<String, Object> kafkaConfig;

    @Inject
    OutboxConfig outboxConfig;

    /** inspection-service may start after this one. */
    void createTopics(@Observes StartupEvent start) {
        try {
            Topics.ensure(kafkaConfig, outboxConfig.partitions(), outboxConfig.replicationFactor(), TOPIC, TOPIC + ".dlq");
        } catch (RuntimeException e) {
            LOG.warnf("cannot create %s yet (%s); the consumer waits for it", TOPIC, e.getMessage());
        }
    }

    @Incoming("inspection-events")
    @Blocking
    public void consume(ConsumerRecord<String, String> record) {
        incoming.process(CONSUMER, record, this::apply);
    }

    public DeadLetters.ReplayResult replayDeadLetters() {
        return deadLetters.replay(TOPIC, CONSUMER, this::consume);
    }

    void apply(IncomingEvent event) {
        if (event.data() instanceof DisciplineDecided d && d.form() == DisciplineForm.EXPULSION && d.memberId() != null) {
            UUID id = UUID.fromString(d.memberId());
            if (members.ref(id).status() == MemberStatus.LEFT) {
                LOG.infof("expulsion %s: member %s has already left; nothing to do", d.decisionId(), id);
                return;
            }
            members.expelFromDecision(id, d.effectiveDate(), "inspection:decision:" + d.decisionId());
        } else if (event.data() instanceof SuspensionStarted s) {
            UUID id = UUID.fromString(s.memberId());
            if (members.ref(id).status() == MemberStatus.LEFT) {
                LOG.infof("suspension %s: member %s has left; nothing to do", s.suspensionId(), id);
                return;
            }
            members.suspendFromDecision(id, s.effectiveDate(), s.endsOn(), "inspection:suspension:" + s.suspensionId());
        } else if (event.data() instanceof SuspensionEnded s && s.early()) {
            if (!members.endSuspensionFromDecision(UUID.fromString(s.memberId()), s.effectiveDate(),
                    "inspection:suspension:" + s.suspensionId())) {
                LOG.infof("suspension %s: no suspension of member %s runs past %s; nothing to do", s.suspensionId(),
                        s.memberId(), s.effectiveDate());
            }
        } else if (event.data() instanceof AppealDecided a && a.memberId() != null
                && a.previousForm() != DisciplineForm.EXPULSION && a.resultingForm() == DisciplineForm.EXPULSION) {
            // increased on appeal to expulsion: the member leaves on the appeal's date, as for a decided expulsion
            UUID id = UUID.fromString(a.memberId());
            if (members.ref(id).status() == MemberStatus.LEFT) {
                LOG.infof("appeal %s: member %s has already left; nothing to do", a.appealId(), id);
                return;
            }
            members.expelFromDecision(id, a.effectiveDate(), "inspection:appeal:" + a.appealId());
        } else if (event.data() instanceof AppealDecided a && a.memberId() != null
                && a.previousForm() == DisciplineForm.EXPULSION && a.resultingForm() != DisciplineForm.EXPULSION) {
            if (!members.restoreAfterAnnulledExpulsion(UUID.fromString(a.memberId()), "inspection:appeal:" + a.appealId())) {
                LOG.infof("appeal %s: member %s is not expelled; nothing to restore", a.appealId(), a.memberId());
            }
        }
    }
}
