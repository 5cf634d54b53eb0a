-- Admission (kết nạp) from the committee's decision through the ceremony and the probationary year.
create table admission (
    id                      uuid        primary key,
    member_id               uuid        not null references member (id),
    -- the cell the member was admitted in; counts toward that unit's targets wherever the member goes
    unit_id                 bigint      not null references org_unit (id),
    decided_by_unit_id      bigint      not null references org_unit (id),
    cell_vote_on            date        not null,
    decided_on              date        not null,
    decision_number         text,
    regulation              text        not null,
    ceremony_deadline       date        not null,
    ceremony_on             date,
    probation_ends_on       date,
    confirmation_decided_on date,
    struck_off_on           date,
    stage                   text        not null check (stage in ('AWAITING_CEREMONY', 'ON_PROBATION', 'CONFIRMED', 'STRUCK_OFF')),
    readmission             boolean     not null,
    version                 bigint      not null default 0,
    created_at              timestamptz not null,
    created_by              text        not null,
    updated_at              timestamptz not null,
    updated_by              text        not null,
    check (decided_on >= cell_vote_on),
    check (ceremony_on is null or ceremony_on >= decided_on)
);
-- at most one admission in progress per member
create unique index admission_open on admission (member_id) where stage in ('AWAITING_CEREMONY', 'ON_PROBATION');
create index admission_stage on admission (stage, probation_ends_on);
create index admission_unit_decided on admission (unit_id, decided_on);

-- Admission targets (chỉ tiêu kết nạp) per unit for a year ('2026') or a congress term ('2025-2030').
create table admission_target (
    id         bigint generated always as identity primary key,
    unit_id    bigint      not null references org_unit (id),
    period     text        not null check (period ~ '^[0-9]{4}(-[0-9]{4})?$'),
    target     integer     not null check (target >= 0),
    version    bigint      not null default 0,
    updated_at timestamptz not null,
    updated_by text        not null,
    unique (unit_id, period)
);
