-- Bodies that inspect, supervise and discipline: a unit's committee, standing board, inspection commission, or a cell.
create table inspection_body (
    id         uuid        primary key,
    unit_code  text        not null,
    kind       text        not null,
    level      text        not null,
    created_at timestamptz not null,
    created_by text        not null,
    updated_at timestamptz not null,
    updated_by text        not null,
    version    bigint      not null default 0,
    unique (unit_code, kind)
);

-- Yearly inspection-and-supervision plans and their planned items.
create table inspection_plan (
    id         uuid        primary key,
    body_id    uuid        not null references inspection_body,
    unit_code  text        not null,
    year       integer     not null check (year between 1930 and 9999),
    created_at timestamptz not null,
    created_by text        not null,
    updated_at timestamptz not null,
    updated_by text        not null,
    version    bigint      not null default 0,
    unique (body_id, year)
);

create table plan_item (
    id            uuid    primary key,
    plan_id       uuid    not null references inspection_plan,
    activity      text    not null,
    kind          text    not null,
    subject_kind  text    not null,
    quarter       integer not null check (quarter between 1 and 4),
    planned_count integer not null check (planned_count > 0),
    description   text
);
create index plan_item_plan on plan_item (plan_id);

-- Inspections and supervisions (cases), their subjects with the conclusion per subject, and follow-up actions.
create table inspection_case (
    id              uuid        primary key,
    body_id         uuid        not null references inspection_body,
    unit_code       text        not null,
    body_kind       text        not null,
    body_level      text        not null,
    activity        text        not null,
    kind            text        not null,
    planned         boolean     not null,
    denunciation_id uuid,
    title           text        not null,
    decided_on      date        not null,
    started_on      date,
    concluded_on    date,
    closed_on       date,
    status          text        not null,
    created_at      timestamptz not null,
    created_by      text        not null,
    updated_at      timestamptz not null,
    updated_by      text        not null,
    version         bigint      not null default 0
);
create index inspection_case_body on inspection_case (body_id, decided_on);
create index inspection_case_unit on inspection_case (unit_code, decided_on desc, id);

create table case_subject (
    id                     uuid    primary key,
    case_id                uuid    not null references inspection_case,
    subject_kind           text    not null,
    unit_code              text    not null,
    member_id              uuid,
    committee_member       boolean not null default false,
    violation_found        boolean,
    nature                 text,
    discipline_to_consider boolean,
    corrections            text,
    check ((subject_kind = 'MEMBER') = (member_id is not null))
);
create unique index case_subject_member on case_subject (case_id, member_id) where member_id is not null;
create unique index case_subject_organisation on case_subject (case_id, unit_code) where member_id is null;

create table follow_up_action (
    id                   uuid        primary key,
    case_id              uuid        not null references inspection_case,
    description          text        not null,
    owner                text        not null,
    deadline             date        not null,
    completed_on         date,
    overdue_published_on date,
    created_at           timestamptz not null,
    created_by           text        not null
);
create index follow_up_action_case on follow_up_action (case_id);
create index follow_up_action_open on follow_up_action (deadline) where completed_on is null;

-- Discipline decisions: never updated; an appeal outcome is a row of its own.
create table discipline_decision (
    id                  uuid        primary key,
    body_id             uuid        not null references inspection_body,
    unit_code           text        not null,
    body_kind           text        not null,
    body_level          text        not null,
    subject_kind        text        not null,
    subject_unit_code   text        not null,
    subject_path        text        not null,
    member_id           uuid,
    form                text        not null,
    violation           text        not null,
    violation_on        date        not null,
    violation_key       text        not null,
    decided_on          date        not null,
    effective_on        date        not null,
    case_id             uuid        references inspection_case,
    decided_at_own_cell boolean     not null,
    holds_post          boolean     not null,
    regulation          text        not null,
    created_at          timestamptz not null,
    created_by          text        not null,
    check ((subject_kind = 'MEMBER') = (member_id is not null))
);
-- one decision per violation of one subject (a second one is refused with a 422 before reaching this)
create unique index discipline_decision_once on discipline_decision
    (subject_kind, coalesce(member_id::text, subject_unit_code), violation_key);
create index discipline_decision_member on discipline_decision (member_id, decided_on);

create table discipline_appeal (
    id               uuid        primary key,
    decision_id      uuid        not null references discipline_decision,
    lodged_on        date        not null,
    heard_by_body_id uuid        not null references inspection_body,
    outcome          text        not null,
    previous_form    text        not null,
    resulting_form   text,
    decided_on       date        not null,
    regulation       text        not null,
    created_at       timestamptz not null,
    created_by       text        not null
);
create index discipline_appeal_decision on discipline_appeal (decision_id, decided_on);

create function discipline_is_append_only() returns trigger language plpgsql as $$
begin
    raise exception 'discipline decisions and appeals are never edited: record a new one';
end $$;
create trigger discipline_decision_append_only before update or delete on discipline_decision
    for each statement execute function discipline_is_append_only();
create trigger discipline_appeal_append_only before update or delete on discipline_appeal
    for each statement execute function discipline_is_append_only();

-- Suspensions of party activity, with their end.
create table suspension (
    id               uuid        primary key,
    body_id          uuid        not null references inspection_body,
    unit_code        text        not null,
    member_id        uuid        not null,
    member_unit_code text        not null,
    starts_on        date        not null,
    ends_on          date        not null,
    ended_on         date,
    reason           text        not null,
    case_id          uuid        references inspection_case,
    created_at       timestamptz not null,
    created_by       text        not null,
    updated_at       timestamptz not null,
    updated_by       text        not null,
    version          bigint      not null default 0,
    check (ends_on > starts_on)
);
create index suspension_member on suspension (member_id, starts_on);

-- Denunciations and complaints; the denouncer's identity stays in this table and the handling body's view.
create table denunciation (
    id                uuid        primary key,
    kind              text        not null,
    body_id           uuid        not null references inspection_body,
    unit_code         text        not null,
    received_on       date        not null,
    due_on            date        not null,
    regulation        text        not null,
    subject_kind      text        not null,
    subject_unit_code text        not null,
    member_id         uuid,
    decision_id       uuid        references discipline_decision,
    summary           text        not null,
    denouncer_name    text,
    denouncer_contact text,
    status            text        not null,
    outcome           text,
    resolved_on       date,
    case_id           uuid        references inspection_case,
    created_at        timestamptz not null,
    created_by        text        not null,
    updated_at        timestamptz not null,
    updated_by        text        not null,
    version           bigint      not null default 0
);
create index denunciation_unit on denunciation (unit_code, received_on desc, id);
