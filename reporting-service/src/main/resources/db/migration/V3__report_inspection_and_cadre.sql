-- Read models of inspection.events and cadre.events. One row per aggregate, its columns filled by the events
-- that concern it (in any order: each event sets only its own columns), so redelivery and replay change
-- nothing. Each row names the unit it rolls up from and the day it is dated; figures roll up the tree of that day.

-- Kiểm tra, giám sát: a case, from its decision (body's unit, date decided), conclusion and closing.
create table report_case (
    case_id                     text primary key,
    unit_code                   text not null,
    body_kind                   text not null,
    body_level                  text not null,
    activity                    text not null,   -- INSPECTION, SUPERVISION
    kind                        text not null,
    planned                     boolean not null,
    from_denunciation           boolean,
    decided_on                  date,
    organisations_covered       integer,
    members_covered             integer,
    committee_members_covered   integer,
    concluded_on                date,
    organisations_with_violations integer,
    members_with_violations     integer,
    committee_members_with_violations integer,
    discipline_to_consider      integer,
    closed_on                   date,
    follow_up_actions           integer,
    follow_up_actions_late      integer
);
create index report_case_decided on report_case (decided_on);
create index report_case_concluded on report_case (concluded_on);

create table report_follow_up_overdue (
    action_id     text primary key,
    case_id       text not null,
    unit_code     text not null,
    deadline      date not null,
    overdue_from  date not null
);

-- Tố cáo, khiếu nại: received (dated by receipt) and resolved (dated by resolution), by the handling body.
create table report_denunciation (
    denunciation_id text primary key,
    kind            text not null,
    unit_code       text not null,
    body_kind       text not null,
    body_level      text not null,
    subject_kind    text not null,
    received_on     date,
    due_on          date,
    resolved_on     date,
    outcome         text,
    on_time         boolean
);

-- Kỷ luật: unit_code is the subject's unit (member's cell or the organisation) on the decision's day.
create table report_discipline (
    decision_id   text primary key,
    form          text not null,
    subject_kind  text not null,
    unit_code     text not null,
    body_kind     text not null,
    body_level    text not null,
    body_unit     text,
    regulation    text,
    decided_on    date not null
);
create index report_discipline_decided on report_discipline (decided_on);

-- Appeals stand beside the decision: the latest one (by its date) gives the form as currently known.
create table report_appeal (
    appeal_id      text primary key,
    decision_id    text not null,
    outcome        text not null,
    previous_form  text,
    resulting_form text,
    unit_code      text not null,
    decided_on     date not null
);
create index report_appeal_decision on report_appeal (decision_id);

-- Đình chỉ sinh hoạt: in force from started_on up to (not including) the end, planned or actual.
create table report_suspension (
    suspension_id text primary key,
    unit_code     text not null,
    body_level    text,
    started_on    date,
    ends_on       date,
    ended_on      date,
    early         boolean
);

-- Cadres. Shares are of the flags the events carry: sex, age band, ethnic minority (never a person's data).
create table report_holding (
    holding_id      text primary key,
    cadre_id        text not null,
    unit_code       text not null,
    position_kind   text not null,
    position_group  text not null,
    party_post      boolean,
    method          text,
    female          boolean not null,
    under_40        boolean not null,
    ethnic_minority boolean not null,
    held_from       date,
    held_to         date            -- the last day held, null: still held
);

create table report_plan_entry (
    entry_id        text primary key,
    cadre_id        text not null,
    term            text not null,
    level           text not null,
    unit_code       text not null,
    position_kind   text not null,
    first_time      boolean,
    young           boolean not null,
    female          boolean not null,
    ethnic_minority boolean not null,
    added_on        date,
    removed_on      date,
    removed_automatically boolean
);

create table report_training (
    enrolment_id    text primary key,
    programme_id    text not null,
    programme_kind  text not null,
    year            integer not null,
    unit_code       text not null,
    female          boolean not null,
    ethnic_minority boolean not null,
    enrolled_on     date,
    completed_on    date
);

-- Appointments, reappointments and rotations, one row per event.
create table report_appointment (
    event_id        uuid primary key,
    kind            text not null,   -- APPOINTED, REAPPOINTED, ROTATED
    cadre_id        text not null,
    unit_code       text not null,
    position_kind   text,
    direction       text,
    female          boolean not null,
    ethnic_minority boolean not null,
    effective_date  date not null
);
create index report_appointment_date on report_appointment (effective_date);
