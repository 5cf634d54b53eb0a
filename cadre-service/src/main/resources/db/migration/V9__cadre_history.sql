-- A cadre's history in one place (GET cadres/{id}/history): one row per thing that happened to the cadre, from the
-- tables of the features that record them. A view, so that profile reads it as typed rows without reaching into the
-- other features' tables, and a page is one indexed query (each branch filters by cadre_id before the union).
-- seq orders what happened on the same day: a post taken before its appointment is recorded, left last.
create view cadre_history as
    select 'holding-start:' || h.id as entry_id, h.cadre_id, h.started_on as on_date, 'HOLDING_STARTED' as kind, 2 as seq,
           h.unit_code, h.kind as position_kind, p.title, h.decision_number as decision, h.method as detail
      from position_holding h join position p on p.id = h.position_id
    union all
    select 'holding-end:' || h.id, h.cadre_id, h.ended_on, 'HOLDING_ENDED', 9, h.unit_code, h.kind, p.title, null, h.end_reason
      from position_holding h join position p on p.id = h.position_id
     where h.ended_on is not null
    union all
    -- a rotation's appointment is the ROTATED row below
    select 'appointment:' || a.id, a.cadre_id, a.effective_on, case a.kind when 'FIRST' then 'APPOINTED' else 'REAPPOINTED' end, 3,
           a.unit_code, h.kind, p.title, a.decision_number, a.method
      from appointment a join position_holding h on h.id = a.holding_id join position p on p.id = h.position_id
     where a.kind <> 'ROTATION'
    union all
    select 'rotation:' || r.id, r.cadre_id, r.effective_on, 'ROTATED', 3, r.unit_code, h.kind, p.title, r.decision_number,
           r.direction || ' from ' || r.from_unit_code
      from rotation r join position_holding h on h.id = r.to_holding_id join position p on p.id = h.position_id
    union all
    select 'plan-added:' || e.id, e.cadre_id, e.added_on, 'PLAN_ENTRY_ADDED', 5, e.unit_code, e.position_kind,
           e.term || ' ' || e.level, e.add_decision, case when e.first_time then 'first time' end
      from plan_entry e
    union all
    select 'plan-removed:' || e.id, e.cadre_id, e.removed_on, 'PLAN_ENTRY_REMOVED', 6, e.unit_code, e.position_kind,
           e.term || ' ' || e.level, e.removal_decision,
           e.removal_reason || case when e.removed_automatically then ' (automatic)' else '' end
      from plan_entry e
     where e.removed_on is not null
    union all
    select 'enrolled:' || n.id, n.cadre_id, n.enrolled_on, 'TRAINING_ENROLLED', 4, n.unit_code, n.kind, t.name, null, null
      from enrolment n join training_programme t on t.id = n.programme_id
    union all
    select 'completed:' || n.id, n.cadre_id, n.completed_on, 'TRAINING_COMPLETED', 7, n.unit_code, n.kind, t.name, null,
           n.certificate
      from enrolment n join training_programme t on t.id = n.programme_id
     where n.completed_on is not null
    union all
    select 'accountability:' || x.id, x.cadre_id, x.decided_on, 'ACCOUNTABILITY_ACTION', 8, x.unit_code, x.kind, null,
           x.decision_number, x.reason
      from accountability_action x;

-- each branch finds the cadre's rows by index
create index if not exists appointment_cadre on appointment (cadre_id);
create index if not exists rotation_cadre on rotation (cadre_id);
create index if not exists plan_entry_cadre_all on plan_entry (cadre_id);
create index if not exists enrolment_cadre_all on enrolment (cadre_id);
create index if not exists accountability_action_cadre on accountability_action (cadre_id);
