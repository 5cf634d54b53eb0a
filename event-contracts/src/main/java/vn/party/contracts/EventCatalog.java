package vn.party.contracts;

import vn.party.contracts.cadre.*;
import vn.party.contracts.membership.AdmissionCeremonyHeld;
import vn.party.contracts.membership.AdmissionTargetSet;
import vn.party.contracts.membership.DuesPaid;
import vn.party.contracts.membership.MeetingHeld;
import vn.party.contracts.membership.BadgeAwarded;
import vn.party.contracts.membership.MemberAdmitted;
import vn.party.contracts.membership.MemberConditionEnded;
import vn.party.contracts.membership.MemberConditionStarted;
import vn.party.contracts.membership.MemberConfirmed;
import vn.party.contracts.membership.MemberGraded;
import vn.party.contracts.membership.MemberRegistered;
import vn.party.contracts.membership.MemberRenamed;
import vn.party.contracts.membership.MemberStatusChanged;
import vn.party.contracts.membership.MemberTransferred;
import vn.party.contracts.membership.MemberTransferredIn;
import vn.party.contracts.membership.MemberTransferredOut;
import vn.party.contracts.membership.OrgUnitDissolved;
import vn.party.contracts.membership.OrgUnitMoved;
import vn.party.contracts.membership.OrgUnitSplit;
import vn.party.contracts.membership.OrgUnitsMerged;
import vn.party.contracts.membership.OrgUnitFounded;
import vn.party.contracts.membership.OrgUnitRenamed;
import vn.party.contracts.membership.OrganisationGraded;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/** Every published event type. A new event type is added here, with its record and its schema. */
public final class EventCatalog {

    public static final List<Class<? extends DomainEvent>> ALL = List.of(
            OrgUnitFounded.class,
            OrgUnitRenamed.class,
            OrgUnitMoved.class,
            OrgUnitDissolved.class,
            OrgUnitsMerged.class,
            OrgUnitSplit.class,
            MemberTransferred.class,
            MemberTransferredOut.class,
            MemberTransferredIn.class,
            MemberRegistered.class,
            MemberAdmitted.class,
            AdmissionCeremonyHeld.class,
            MemberConfirmed.class,
            MemberStatusChanged.class,
            MemberConditionStarted.class,
            MemberConditionEnded.class,
            MemberRenamed.class,
            AdmissionTargetSet.class,
            DuesPaid.class,
            MeetingHeld.class,
            MemberGraded.class,
            OrganisationGraded.class,
            BadgeAwarded.class,
            PositionHolderAppointed.class, PositionHolderEnded.class, PlanEntryAdded.class, PlanEntryRemoved.class, TrainingEnrolled.class, TrainingCompleted.class, CadreAppointed.class, CadreReappointed.class, CadreRotated.class, AccountabilityActionTaken.class, CadreProfileSynced.class, SalaryBaseChanged.class,
            vn.party.contracts.inspection.CaseDecided.class, vn.party.contracts.inspection.CaseConcluded.class,
            vn.party.contracts.inspection.CaseClosed.class, vn.party.contracts.inspection.FollowUpOverdue.class,
            vn.party.contracts.inspection.DenunciationReceived.class, vn.party.contracts.inspection.DenunciationResolved.class,
            vn.party.contracts.inspection.DisciplineDecided.class, vn.party.contracts.inspection.SuspensionStarted.class,
            vn.party.contracts.inspection.SuspensionEnded.class, vn.party.contracts.inspection.AppealDecided.class);

    private static final Map<String, Class<? extends DomainEvent>> BY_TYPE = ALL.stream()
            .collect(Collectors.toUnmodifiableMap(c -> c.getAnnotation(EventType.class).value(), Function.identity()));

    public static Optional<Class<? extends DomainEvent>> byType(String type) {
        return Optional.ofNullable(BY_TYPE.get(type));
    }

    public static EventType typeOf(Class<? extends DomainEvent> eventClass) {
        return eventClass.getAnnotation(EventType.class);
    }

    private EventCatalog() {
    }
}
