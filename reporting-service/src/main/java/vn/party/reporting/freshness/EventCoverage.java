package vn.party.reporting.freshness;

import vn.party.contracts.DomainEvent;
import vn.party.contracts.cadre.AccountabilityActionTaken;
import vn.party.contracts.cadre.CadreAppointed;
import vn.party.contracts.cadre.CadreProfileSynced;
import vn.party.contracts.cadre.CadreReappointed;
import vn.party.contracts.cadre.CadreRotated;
import vn.party.contracts.cadre.PlanEntryAdded;
import vn.party.contracts.cadre.PlanEntryRemoved;
import vn.party.contracts.cadre.PositionHolderAppointed;
import vn.party.contracts.cadre.PositionHolderEnded;
import vn.party.contracts.cadre.SalaryBaseChanged;
import vn.party.contracts.cadre.TrainingCompleted;
import vn.party.contracts.cadre.TrainingEnrolled;
import vn.party.contracts.inspection.AppealDecided;
import vn.party.contracts.inspection.CaseClosed;
import vn.party.contracts.inspection.CaseConcluded;
import vn.party.contracts.inspection.CaseDecided;
import vn.party.contracts.inspection.DenunciationReceived;
import vn.party.contracts.inspection.DenunciationResolved;
import vn.party.contracts.inspection.DisciplineDecided;
import vn.party.contracts.inspection.FollowUpOverdue;
import vn.party.contracts.inspection.SuspensionEnded;
import vn.party.contracts.inspection.SuspensionStarted;
import vn.party.contracts.membership.AdmissionCeremonyHeld;
import vn.party.contracts.membership.AdmissionTargetSet;
import vn.party.contracts.membership.BadgeAwarded;
import vn.party.contracts.membership.DuesPaid;
import vn.party.contracts.membership.MeetingHeld;
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
import vn.party.contracts.membership.OrgUnitFounded;
import vn.party.contracts.membership.OrgUnitMoved;
import vn.party.contracts.membership.OrgUnitRenamed;
import vn.party.contracts.membership.OrgUnitSplit;
import vn.party.contracts.membership.OrgUnitsMerged;
import vn.party.contracts.membership.OrganisationGraded;

import java.util.Map;
import java.util.Optional;

import static java.util.Map.entry;

/**
 * What reporting does with every published event type: which read model projects it, or why it is deliberately
 * left out of the figures. A test checks that every type of the contracts' catalogue is listed here, so a new event
 * type cannot be skipped unnoticed; ignored events still count towards the freshness watermark (they were read).
 */
public final class EventCoverage {

    /** @param projectedBy the read model that keeps it, null when ignored; @param reason why, when ignored */
    public record Coverage(String projectedBy, String reason) {

        static Coverage projected(String by) {
            return new Coverage(by, null);
        }

        static Coverage ignored(String reason) {
            return new Coverage(null, reason);
        }

        public boolean ignored() {
            return projectedBy == null;
        }
    }

    public static final Map<Class<? extends DomainEvent>, Coverage> EVENTS = Map.ofEntries(
            // membership.events
            entry(OrgUnitFounded.class, Coverage.projected("tree.UnitTreeProjection")),
            entry(OrgUnitRenamed.class, Coverage.projected("tree.UnitTreeProjection")),
            entry(OrgUnitMoved.class, Coverage.projected("tree.UnitTreeProjection")),
            entry(OrgUnitDissolved.class, Coverage.projected("tree.UnitTreeProjection")),
            entry(OrgUnitsMerged.class, Coverage.projected("tree.UnitTreeProjection")),
            entry(OrgUnitSplit.class, Coverage.projected("tree.UnitTreeProjection")),
            entry(MemberRegistered.class, Coverage.projected("members.MemberStockProjection")),
            entry(MemberAdmitted.class, Coverage.projected("members.MemberStockProjection, flows.FlowProjection")),
            entry(MemberConfirmed.class, Coverage.projected("members.MemberStockProjection")),
            entry(MemberStatusChanged.class, Coverage.projected("members.MemberStockProjection, flows.FlowProjection")),
            entry(MemberTransferred.class, Coverage.projected("members.MemberStockProjection, flows.FlowProjection")),
            entry(MemberTransferredIn.class, Coverage.projected("members.MemberStockProjection, flows.FlowProjection")),
            entry(MemberTransferredOut.class, Coverage.projected("members.MemberStockProjection, flows.FlowProjection")),
            entry(AdmissionTargetSet.class, Coverage.projected("flows.FlowProjection")),
            entry(MeetingHeld.class, Coverage.projected("activity.ActivityProjection")),
            entry(DuesPaid.class, Coverage.projected("activity.ActivityProjection")),
            entry(MemberGraded.class, Coverage.projected("grading.GradingProjection")),
            entry(OrganisationGraded.class, Coverage.projected("grading.GradingProjection")),
            entry(MemberRenamed.class, Coverage.ignored("a name is personal data and no figure counts names")),
            entry(AdmissionCeremonyHeld.class, Coverage.ignored("admissions count from the committee's decision "
                    + "(MemberAdmitted); the ceremony and the probation it starts change no figure of the report")),
            entry(MemberConditionStarted.class, Coverage.ignored("exempted, suspended-pending, attached and out-of-contact "
                    + "members stay in the official count of their home cell; meeting attendance comes as recorded in "
                    + "MeetingHeld, and suspensions by decision from inspection.events")),
            entry(MemberConditionEnded.class, Coverage.ignored("as MemberConditionStarted")),
            entry(BadgeAwarded.class, Coverage.ignored("party badges are not a line of the committees' periodic "
                    + "report (DOMAIN.md, Reports the committees file)")),
            // inspection.events
            entry(CaseDecided.class, Coverage.projected("inspection.InspectionProjection")),
            entry(CaseConcluded.class, Coverage.projected("inspection.InspectionProjection")),
            entry(CaseClosed.class, Coverage.projected("inspection.InspectionProjection")),
            entry(FollowUpOverdue.class, Coverage.projected("inspection.InspectionProjection")),
            entry(DenunciationReceived.class, Coverage.projected("inspection.InspectionProjection")),
            entry(DenunciationResolved.class, Coverage.projected("inspection.InspectionProjection")),
            entry(DisciplineDecided.class, Coverage.projected("inspection.InspectionProjection")),
            entry(AppealDecided.class, Coverage.projected("inspection.InspectionProjection")),
            entry(SuspensionStarted.class, Coverage.projected("inspection.InspectionProjection")),
            entry(SuspensionEnded.class, Coverage.projected("inspection.InspectionProjection")),
            // cadre.events
            entry(PositionHolderAppointed.class, Coverage.projected("cadre.CadreProjection")),
            entry(PositionHolderEnded.class, Coverage.projected("cadre.CadreProjection")),
            entry(PlanEntryAdded.class, Coverage.projected("cadre.CadreProjection")),
            entry(PlanEntryRemoved.class, Coverage.projected("cadre.CadreProjection")),
            entry(TrainingEnrolled.class, Coverage.projected("cadre.CadreProjection")),
            entry(TrainingCompleted.class, Coverage.projected("cadre.CadreProjection")),
            entry(CadreAppointed.class, Coverage.projected("cadre.CadreProjection")),
            entry(CadreReappointed.class, Coverage.projected("cadre.CadreProjection")),
            entry(CadreRotated.class, Coverage.projected("cadre.CadreProjection")),
            entry(CadreProfileSynced.class, Coverage.projected("cadre.CadreProjection (profiles of the cadres figures)")),
            entry(AccountabilityActionTaken.class, Coverage.projected("cadre.CadreProjection (accountability of the "
                    + "appointments figures)")),
            entry(SalaryBaseChanged.class, Coverage.ignored("a salary is personal data; dues are counted as paid "
                    + "(DuesPaid), and the salary base only feeds membership's dues reckoning")));

    public static Optional<Coverage> of(Class<?> type) {
        return Optional.ofNullable(EVENTS.get(type));
    }

    public static boolean isIgnored(Class<?> type) {
        return of(type).map(Coverage::ignored).orElse(false);
    }

    private EventCoverage() {
    }
}
