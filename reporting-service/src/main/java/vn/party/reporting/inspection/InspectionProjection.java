package vn.party.reporting.inspection;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import vn.party.backbone.inbox.IncomingEvent;
import vn.party.backbone.scope.SystemAccess;
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
import vn.party.reporting.freshness.FreshnessProjection;

/**
 * Read models of inspection.events (kiểm tra, giám sát, kỷ luật): one row per case, denunciation, decision,
 * appeal and suspension. Each event sets only the columns it knows, so the events of an aggregate may come in
 * any order and any number of times.
 */
@ApplicationScoped
@SystemAccess("consumes inspection.events into read models of every unit")
public class InspectionProjection {

    public static final String TOPIC = "inspection.events";

    @Inject
    EntityManager em;

    @Inject
    FreshnessProjection freshness;

    public void on(IncomingEvent event) {
        boolean known = true;
        Object data = event.data();
        if (data instanceof CaseDecided c) {
            sql("""
                            insert into report_case (case_id, unit_code, body_kind, body_level, activity, kind, planned,
                                from_denunciation, decided_on, organisations_covered, members_covered, committee_members_covered)
                            values (:id, :unit, :bodyKind, :bodyLevel, :activity, :kind, :planned, :fromDen, :on, :orgs,
                                :members, :committee)
                            on conflict (case_id) do update set unit_code = excluded.unit_code, body_kind = excluded.body_kind,
                                body_level = excluded.body_level, activity = excluded.activity, kind = excluded.kind,
                                planned = excluded.planned, from_denunciation = excluded.from_denunciation,
                                decided_on = excluded.decided_on, organisations_covered = excluded.organisations_covered,
                                members_covered = excluded.members_covered,
                                committee_members_covered = excluded.committee_members_covered""")
                    .setParameter("id", c.caseId()).setParameter("unit", c.unitCode())
                    .setParameter("bodyKind", c.bodyKind().name()).setParameter("bodyLevel", c.bodyLevel().name())
                    .setParameter("activity", c.activity().name()).setParameter("kind", c.kind().name())
                    .setParameter("planned", c.planned()).setParameter("fromDen", c.fromDenunciation())
                    .setParameter("on", c.effectiveDate()).setParameter("orgs", c.organisationsCovered())
                    .setParameter("members", c.membersCovered()).setParameter("committee", c.committeeMembersCovered())
                    .executeUpdate();
        } else if (data instanceof CaseConcluded c) {
            sql("""
                            insert into report_case (case_id, unit_code, body_kind, body_level, activity, kind, planned,
                                concluded_on, organisations_with_violations, members_with_violations,
                                committee_members_with_violations, discipline_to_consider, organisations_covered,
                                members_covered, committee_members_covered)
                            values (:id, :unit, :bodyKind, :bodyLevel, :activity, :kind, :planned, :on, :orgs, :members,
                                :committee, :toConsider, :orgsCovered, :membersCovered, :committeeCovered)
                            on conflict (case_id) do update set concluded_on = excluded.concluded_on,
                                organisations_with_violations = excluded.organisations_with_violations,
                                members_with_violations = excluded.members_with_violations,
                                committee_members_with_violations = excluded.committee_members_with_violations,
                                discipline_to_consider = excluded.discipline_to_consider""")
                    .setParameter("id", c.caseId()).setParameter("unit", c.unitCode())
                    .setParameter("bodyKind", c.bodyKind().name()).setParameter("bodyLevel", c.bodyLevel().name())
                    .setParameter("activity", c.activity().name()).setParameter("kind", c.kind().name())
                    .setParameter("planned", c.planned()).setParameter("on", c.effectiveDate())
                    .setParameter("orgs", c.organisationsWithViolations()).setParameter("members", c.membersWithViolations())
                    .setParameter("committee", c.committeeMembersWithViolations())
                    .setParameter("toConsider", c.disciplineToConsider())
                    .setParameter("orgsCovered", c.organisationsCovered()).setParameter("membersCovered", c.membersCovered())
                    .setParameter("committeeCovered", c.committeeMembersCovered())
                    .executeUpdate();
        } else if (data instanceof CaseClosed c) {
            sql("""
                            insert into report_case (case_id, unit_code, body_kind, body_level, activity, kind, planned,
                                closed_on, follow_up_actions, follow_up_actions_late)
                            values (:id, :unit, :bodyKind, :bodyLevel, :activity, :kind, :planned, :on, :actions, :late)
                            on conflict (case_id) do update set closed_on = excluded.closed_on,
                                follow_up_actions = excluded.follow_up_actions,
                                follow_up_actions_late = excluded.follow_up_actions_late""")
                    .setParameter("id", c.caseId()).setParameter("unit", c.unitCode())
                    .setParameter("bodyKind", c.bodyKind().name()).setParameter("bodyLevel", c.bodyLevel().name())
                    .setParameter("activity", c.activity().name()).setParameter("kind", c.kind().name())
                    .setParameter("planned", c.planned()).setParameter("on", c.effectiveDate())
                    .setParameter("actions", c.followUpActions()).setParameter("late", c.followUpActionsLate())
                    .executeUpdate();
        } else if (data instanceof FollowUpOverdue f) {
            sql("""
                            insert into report_follow_up_overdue (action_id, case_id, unit_code, deadline, overdue_from)
                            values (:id, :case, :unit, :deadline, :on)
                            on conflict (action_id) do update set case_id = excluded.case_id, unit_code = excluded.unit_code,
                                deadline = excluded.deadline, overdue_from = excluded.overdue_from""")
                    .setParameter("id", f.actionId()).setParameter("case", f.caseId()).setParameter("unit", f.unitCode())
                    .setParameter("deadline", f.deadline()).setParameter("on", f.effectiveDate()).executeUpdate();
        } else if (data instanceof DenunciationReceived d) {
            sql("""
                            insert into report_denunciation (denunciation_id, kind, unit_code, body_kind, body_level,
                                subject_kind, received_on, due_on)
                            values (:id, :kind, :unit, :bodyKind, :bodyLevel, :subject, :on, :due)
                            on conflict (denunciation_id) do update set kind = excluded.kind, unit_code = excluded.unit_code,
                                body_kind = excluded.body_kind, body_level = excluded.body_level,
                                subject_kind = excluded.subject_kind, received_on = excluded.received_on,
                                due_on = excluded.due_on""")
                    .setParameter("id", d.denunciationId()).setParameter("kind", d.kind().name())
                    .setParameter("unit", d.unitCode()).setParameter("bodyKind", d.bodyKind().name())
                    .setParameter("bodyLevel", d.bodyLevel().name()).setParameter("subject", d.subjectKind().name())
                    .setParameter("on", d.effectiveDate()).setParameter("due", d.dueOn()).executeUpdate();
        } else if (data instanceof DenunciationResolved d) {
            sql("""
                            insert into report_denunciation (denunciation_id, kind, unit_code, body_kind, body_level,
                                subject_kind, resolved_on, outcome, on_time)
                            values (:id, :kind, :unit, :bodyKind, :bodyLevel, :subject, :on, :outcome, :onTime)
                            on conflict (denunciation_id) do update set resolved_on = excluded.resolved_on,
                                outcome = excluded.outcome, on_time = excluded.on_time""")
                    .setParameter("id", d.denunciationId()).setParameter("kind", d.kind().name())
                    .setParameter("unit", d.unitCode()).setParameter("bodyKind", d.bodyKind().name())
                    .setParameter("bodyLevel", d.bodyLevel().name()).setParameter("subject", d.subjectKind().name())
                    .setParameter("on", d.effectiveDate()).setParameter("outcome", d.outcome().name())
                    .setParameter("onTime", d.onTime()).executeUpdate();
        } else if (data instanceof DisciplineDecided d) {
            sql("""
                            insert into report_discipline (decision_id, form, subject_kind, unit_code, body_kind, body_level,
                                body_unit, regulation, decided_on)
                            values (:id, :form, :subject, :unit, :bodyKind, :bodyLevel, :bodyUnit, :regulation, :on)
                            on conflict (decision_id) do update set form = excluded.form, subject_kind = excluded.subject_kind,
                                unit_code = excluded.unit_code, body_kind = excluded.body_kind, body_level = excluded.body_level,
                                body_unit = excluded.body_unit, regulation = excluded.regulation,
                                decided_on = excluded.decided_on""")
                    .setParameter("id", d.decisionId()).setParameter("form", d.form().name())
                    .setParameter("subject", d.subjectKind().name()).setParameter("unit", d.unitCode())
                    .setParameter("bodyKind", d.bodyKind().name()).setParameter("bodyLevel", d.bodyLevel().name())
                    .setParameter("bodyUnit", d.bodyUnitCode()).setParameter("regulation", d.regulation())
                    .setParameter("on", d.effectiveDate()).executeUpdate();
        } else if (data instanceof AppealDecided a) {
            sql("""
                            insert into report_appeal (appeal_id, decision_id, outcome, previous_form, resulting_form,
                                unit_code, decided_on)
                            values (:id, :decision, :outcome, :previous, :resulting, :unit, :on)
                            on conflict (appeal_id) do update set decision_id = excluded.decision_id,
                                outcome = excluded.outcome, previous_form = excluded.previous_form,
                                resulting_form = excluded.resulting_form, unit_code = excluded.unit_code,
                                decided_on = excluded.decided_on""")
                    .setParameter("id", a.appealId()).setParameter("decision", a.decisionId())
                    .setParameter("outcome", a.outcome().name())
                    .setParameter("previous", a.previousForm() == null ? null : a.previousForm().name())
                    .setParameter("resulting", a.resultingForm() == null ? null : a.resultingForm().name())
                    .setParameter("unit", a.unitCode()).setParameter("on", a.effectiveDate()).executeUpdate();
        } else if (data instanceof SuspensionStarted s) {
            sql("""
                            insert into report_suspension (suspension_id, unit_code, body_level, started_on, ends_on)
                            values (:id, :unit, :bodyLevel, :on, :ends)
                            on conflict (suspension_id) do update set unit_code = excluded.unit_code,
                                body_level = excluded.body_level, started_on = excluded.started_on, ends_on = excluded.ends_on""")
                    .setParameter("id", s.suspensionId()).setParameter("unit", s.unitCode())
                    .setParameter("bodyLevel", s.bodyLevel().name()).setParameter("on", s.effectiveDate())
                    .setParameter("ends", s.endsOn()).executeUpdate();
        } else if (data instanceof SuspensionEnded s) {
            sql("""
                            insert into report_suspension (suspension_id, unit_code, ended_on, early)
                            values (:id, :unit, :on, :early)
                            on conflict (suspension_id) do update set ended_on = excluded.ended_on, early = excluded.early""")
                    .setParameter("id", s.suspensionId()).setParameter("unit", s.unitCode())
                    .setParameter("on", s.effectiveDate()).setParameter("early", s.early()).executeUpdate();
        } else {
            known = false;
        }
        if (known) {
            freshness.record(TOPIC, event);
        }
    }

    private Query sql(String sql) {
        return em.createNativeQuery(sql);
    }
}
