-- Read models of membership's member events. Facts as received; derived rows recomputed per member.

create table report_member_fact (
    event_id       uuid        primary key,
    member_id      text        not null,
    kind           text        not null,
    effective_date date        not null,
    event_time     timestamptz not null,
    status         text,
    unit_code      text,
    admitted_on    date,
    confirmed_on   date
);
create index report_member_fact_member on report_member_fact (member_id);

-- Each member's status and official cell over stretches of days (valid_to exclusive, null: still so).
create table report_member_period (
    member_id  text not null,
    valid_from date not null,
    valid_to   date,
    status     text not null,
    unit_code  text not null,
    primary key (member_id, valid_from)
);
create index report_member_period_unit on report_member_period (unit_code, valid_from);

-- Flows: one row per event, dated by its effective date and rolled up by the tree of that date.
create table report_admission (
    event_id          uuid primary key,
    member_id         text not null,
    unit_code         text not null,
    decided_by        text,
    readmission       boolean not null,
    effective_date    date not null
);
create index report_admission_date on report_admission (effective_date);

-- WITHIN: between two cells of the province; IN / OUT: from or to another province.
create table report_transfer (
    event_id       uuid primary key,
    member_id      text not null,
    kind           text not null,
    from_unit      text,
    to_unit        text,
    reason         text,
    effective_date date not null
);
create index report_transfer_date on report_transfer (effective_date);

create table report_exit (
    event_id       uuid primary key,
    member_id      text not null,
    unit_code      text not null,
    exit_kind      text not null,
    effective_date date not null
);
create index report_exit_date on report_exit (effective_date);

-- The latest target per unit and target period (a year "2026" or a term "2025-2030").
create table report_admission_target (
    unit_code      text        not null,
    period         text        not null,
    target         integer     not null,
    effective_date date        not null,
    event_time     timestamptz not null,
    primary key (unit_code, period)
);

create table report_meeting (
    meeting_id            text primary key,
    unit_code             text not null,
    kind                  text not null,
    held_on               date not null,
    total                 integer not null,
    full_members          integer not null,
    probationary          integer not null,
    attached              integer not null,
    exempted              integer not null,
    present               integer not null,
    absent_with_reason    integer not null,
    absent_without_reason integer not null,
    committee_total       integer not null,
    committee_present     integer not null
);
create index report_meeting_held on report_meeting (held_on);
create index report_meeting_unit on report_meeting (unit_code, held_on);

-- One payment per member and month (the cell that collected it).
create table report_dues (
    member_id  text   not null,
    month      date   not null,
    unit_code  text   not null,
    amount     bigint not null,
    paid_on    date   not null,
    primary key (member_id, month)
);
create index report_dues_month on report_dues (month);

-- Final gradings: the highest version per subject and year (a correction replaces the figure).
create table report_member_grade (
    member_id text    not null,
    year      integer not null,
    version   integer not null,
    unit_code text    not null,
    grade     text    not null,
    score     integer,
    primary key (member_id, year)
);
create index report_member_grade_year on report_member_grade (year);

create table report_org_grade (
    unit_code text    not null,
    year      integer not null,
    version   integer not null,
    grade     text    not null,
    score     integer,
    primary key (unit_code, year)
);
create index report_org_grade_year on report_org_grade (year);
